#include "GuiDriver.h"

#include "AnswerWidgets.h"
#include "MainWindow.h"
#include "Pages.h"
#include "services/PupilSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

namespace aicet::gui::driver {

// Fills in the answer to the current question through its widgets, right or wrong, with the mouse
// or the keyboard, without confirming it.
void fillAnswer(MainWindow &w, bool right, bool keyboardOnly)
{
    fillAnswer(w.questionPage(), *w.session()->currentItem(), right, keyboardOnly);
}

void fillAnswer(QWidget *page, const BankItem &item, bool right, bool keyboardOnly)
{
    const ItemContent &c = item.content;
    auto click = [&](QAbstractButton *b) {
        if (keyboardOnly) {
            b->setFocus();
            QTest::keyClick(b, Qt::Key_Space);
        } else {
            b->click();
        }
    };
    switch (c.type) {
    case ItemType::SingleChoice: {
        QString id = c.key.first();
        if (!right) {
            for (const Choice &o : c.options) {
                if (o.id != id) {
                    id = o.id;
                    break;
                }
            }
        }
        auto *b = child<QRadioButton>(page, QStringLiteral("choice-") + id);
        if (keyboardOnly) {
            // The letter shown in front of the option picks it.
            const QString shown = child<QLabel>(page, QStringLiteral("choice-text-") + id)->text();
            QTest::keyClick(page, static_cast<Qt::Key>(Qt::Key_A + shown.at(0).unicode() - u'A'));
        } else {
            // A click on the option's text, as a pupil would.
            auto *text = child<QLabel>(page, QStringLiteral("choice-text-") + id);
            QTest::mouseClick(text, Qt::LeftButton, {}, QPoint(4, text->height() / 2));
            Q_ASSERT(b->isChecked());
        }
        break;
    }
    case ItemType::MultipleResponse:
        for (const Choice &o : c.options) {
            if (c.key.contains(o.id) == right) {
                click(child<QCheckBox>(page, QStringLiteral("choice-") + o.id));
            }
        }
        break;
    case ItemType::TrueFalse:
        click(child<QRadioButton>(
            page, c.trueFalseKey == right ? QStringLiteral("choice-true") : QStringLiteral("choice-false")));
        break;
    case ItemType::Ordering: {
        auto *list = child<QListWidget>(page, QStringLiteral("ordering-list"));
        QStringList target = c.key;
        if (!right) {
            std::reverse(target.begin(), target.end());
        }
        for (int i = 0; i < target.size(); ++i) {
            int at = -1;
            for (int r = 0; r < list->count(); ++r) {
                if (list->item(r)->data(Qt::UserRole).toString() == target[i]) {
                    at = r;
                }
            }
            list->setCurrentRow(at);
            for (; at > i; --at) {
                if (keyboardOnly) {
                    list->setFocus();
                    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
                } else {
                    child<QPushButton>(page, QStringLiteral("move-up"))->click();
                }
            }
        }
        break;
    }
    case ItemType::Matching: {
        const QStringList responses = [&] {
            QStringList ids;
            for (const Choice &r : c.responses) {
                ids.append(r.id);
            }
            return ids;
        }();
        for (auto it = c.matchingKey.constBegin(); it != c.matchingKey.constEnd(); ++it) {
            auto *box = child<QComboBox>(page, QStringLiteral("match-") + it.key());
            QString id = it.value();
            if (!right) {
                id = responses.first() == id ? responses.last() : responses.first();
            }
            box->setCurrentIndex(box->findData(id));
        }
        break;
    }
    case ItemType::Numeric: {
        auto *edit = child<QLineEdit>(page, QStringLiteral("numeric-answer"));
        QTest::keyClicks(edit, QString::number(right ? c.numericKey : c.numericKey + 1000));
        break;
    }
    case ItemType::ShortText: {
        auto *edit = child<QLineEdit>(page, QStringLiteral("text-answer"));
        QTest::keyClicks(edit, right ? c.accepted.first().first() : QStringLiteral("zzz"));
        break;
    }
    }
}

// Answers the current question and confirms it (twice, as the pupil must).
void answerCurrent(MainWindow &w, bool right, bool keyboardOnly)
{
    fillAnswer(w, right, keyboardOnly);
    QWidget *page = w.questionPage();
    if (keyboardOnly) {
        QTest::keyClick(page, Qt::Key_Return); // Confirm
        QTest::keyClick(page, Qt::Key_Return); // Yes, confirm
    } else {
        child<QPushButton>(page, QStringLiteral("confirm"))->click();
        child<QPushButton>(page, QStringLiteral("confirm-yes"))->click();
    }
}

} // namespace aicet::gui::driver
