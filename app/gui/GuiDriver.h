#pragma once

#include <QString>
#include <QWidget>

namespace aicet {
struct BankItem;
}

namespace aicet::gui {

class MainWindow;

/// Drives the pupil's window the way a pupil would, through its widgets (GUI tests, screenshots).
namespace driver {

/// The child widget with this object name; aborts when there is none.
template<typename T> T *child(QWidget *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    if (!w) {
        qFatal("no widget %s", qPrintable(name));
    }
    return w;
}

/// Fills in the answer to the current question, right or wrong, with the mouse or the keyboard,
/// without confirming it.
void fillAnswer(MainWindow &w, bool right, bool keyboardOnly = false);
/// The same on any question page showing `item` (the trainer's preview).
void fillAnswer(QWidget *page, const BankItem &item, bool right, bool keyboardOnly = false);

/// Answers the current question and confirms it (twice, as the pupil must).
void answerCurrent(MainWindow &w, bool right, bool keyboardOnly = false);

} // namespace driver
} // namespace aicet::gui
