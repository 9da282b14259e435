#pragma once

#include <QString>
#include <QStringList>

class QLabel;
class QLineEdit;
class QTableWidget;
class QWidget;

namespace aicet::gui {

/// The staff's pages share these: a table to read and select rows in (one at a time, not
/// edited), a label for messages (plain text, wrapped), a password field.
QTableWidget *readOnlyTable(QWidget *parent, const QString &objectName, const QStringList &headers);
QLabel *messageLabel(QWidget *parent, const QString &objectName);
QLineEdit *passwordField(QWidget *parent, const QString &objectName);
/// Makes a window as tall as its wrapped text needs at its width (a top-level window does not
/// follow its labels' height for width by itself: at large text sizes they were cut).
void growToText(QWidget *window);
/// `page` in a frameless scroll area that resizes it (a tab that scrolls when the window is small).
QWidget *scrolling(QWidget *page);
/// The drop-down lists and number boxes inside `root` no longer change their value when the wheel
/// turns over them on the way down a page (only once clicked or tabbed into): scrolling a page must
/// never change a setting.
void wheelOnlyWhenFocused(QWidget *root);

} // namespace aicet::gui
