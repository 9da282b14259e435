#include "AnswerWidgets.h"

#include "cat/Random.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace aicet::gui {
namespace {

QString text(const LocalizedText &t, const QString &language)
{
    return localized(t, language);
}

// The choices in the order shown: shuffled (deterministically per session and item) unless the
// item says not to.
std::vector<Choice> ordered(const std::vector<Choice> &choices, bool shuffle, std::uint64_t seed)
{
    std::vector<Choice> out = choices;
    if (shuffle) {
        cat::Random rng(seed);
        for (std::size_t i = out.size(); i > 1; --i) {
            std::swap(out[i - 1], out[static_cast<std::size_t>(rng.below(static_cast<int>(i)))]);
        }
    }
    return out;
}

QString letter(int index)
{
    return QString(QChar(u'A' + index));
}

// An option's text: wraps, and a click on it is a click on its button.
class ClickableLabel : public QLabel
{
public:
    ClickableLabel(const QString &text, QAbstractButton *buddy, QWidget *parent)
        : QLabel(text, parent)
        , m_buddy(buddy)
    {
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
        setBuddy(buddy);
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && m_buddy->isEnabled()) {
            m_buddy->setFocus();
            m_buddy->click();
        }
        QLabel::mouseReleaseEvent(event);
    }

private:
    QAbstractButton *m_buddy;
};

// Radio buttons or check boxes, "A. …", "B. …"; letters and digits pick them.
class ChoiceWidget : public AnswerWidget
{
public:
    ChoiceWidget(const std::vector<Choice> &choices, bool multiple, const QString &language, QWidget *parent)
        : AnswerWidget(parent)
        , m_multiple(multiple)
    {
        auto *layout = new QVBoxLayout(this);
        m_group.setExclusive(!multiple);
        int i = 0;
        for (const Choice &c : choices) {
            // The button, and its text in a label that wraps (a button's own text never does):
            // long options stay readable at every text size. Clicking the text chooses too.
            auto *row = new QHBoxLayout;
            QAbstractButton *b = multiple ? static_cast<QAbstractButton *>(new QCheckBox(this))
                                          : static_cast<QAbstractButton *>(new QRadioButton(this));
            auto *label = new ClickableLabel(QStringLiteral("%1.  %2").arg(letter(i), text(c.text, language)), b, this);
            label->setObjectName(QStringLiteral("choice-text-%1").arg(c.id));
            row->addWidget(b, 0, Qt::AlignTop);
            row->addWidget(label, 1);
            layout->addLayout(row);
            b->setObjectName(QStringLiteral("choice-%1").arg(c.id));
            b->setProperty("choiceId", c.id);
            b->setAccessibleName(QStringLiteral("%1 %2").arg(letter(i), text(c.text, language)));
            b->setAccessibleDescription(multiple
                    ? QCoreApplication::translate("AnswerWidget", "Tick every right answer.")
                    : QCoreApplication::translate("AnswerWidget", "Choose one answer."));
            m_group.addButton(b, i);
            m_spoken += QStringLiteral("%1. %2. ").arg(letter(i), text(c.text, language));
            ++i;
        }
        layout->addStretch();
        connect(&m_group, &QButtonGroup::buttonToggled, this, &AnswerWidget::changed);
    }

    ItemResponse response() const override
    {
        ItemResponse r;
        for (QAbstractButton *b : m_group.buttons()) {
            if (b->isChecked()) {
                r.choices.append(b->property("choiceId").toString());
            }
        }
        return r;
    }
    bool isComplete() const override { return m_group.checkedButton() || !response().choices.isEmpty(); }
    QString missing() const override
    {
        return m_multiple ? QCoreApplication::translate("AnswerWidget", "Tick at least one answer, then confirm.")
                          : QCoreApplication::translate("AnswerWidget", "Choose an answer, then confirm.");
    }
    bool handleShortcut(int key) override
    {
        int index = -1;
        if (key >= Qt::Key_A && key <= Qt::Key_Z) {
            index = key - Qt::Key_A;
        } else if (key >= Qt::Key_1 && key <= Qt::Key_9) {
            index = key - Qt::Key_1;
        }
        QAbstractButton *b = m_group.button(index);
        if (!b) {
            return false;
        }
        b->setFocus();
        b->setChecked(m_multiple ? !b->isChecked() : true);
        return true;
    }
    QString spokenText() const override { return m_spoken; }

private:
    QButtonGroup m_group;
    bool m_multiple = false;
    QString m_spoken;
};

class TrueFalseWidget : public AnswerWidget
{
public:
    TrueFalseWidget(QWidget *parent)
        : AnswerWidget(parent)
    {
        auto *layout = new QHBoxLayout(this);
        m_true = new QRadioButton(QCoreApplication::translate("AnswerWidget", "A.  True"), this);
        m_false = new QRadioButton(QCoreApplication::translate("AnswerWidget", "B.  False"), this);
        m_true->setObjectName(QStringLiteral("choice-true"));
        m_false->setObjectName(QStringLiteral("choice-false"));
        m_true->setAccessibleName(QCoreApplication::translate("AnswerWidget", "True"));
        m_false->setAccessibleName(QCoreApplication::translate("AnswerWidget", "False"));
        layout->addWidget(m_true);
        layout->addWidget(m_false);
        layout->addStretch();
        connect(m_true, &QRadioButton::toggled, this, &AnswerWidget::changed);
        connect(m_false, &QRadioButton::toggled, this, &AnswerWidget::changed);
    }
    ItemResponse response() const override
    {
        ItemResponse r;
        if (m_true->isChecked() || m_false->isChecked()) {
            r.truth = m_true->isChecked();
        }
        return r;
    }
    bool isComplete() const override { return m_true->isChecked() || m_false->isChecked(); }
    QString missing() const override
    {
        return QCoreApplication::translate("AnswerWidget", "Choose True or False, then confirm.");
    }
    bool handleShortcut(int key) override
    {
        if (key == Qt::Key_A || key == Qt::Key_1 || key == Qt::Key_V || key == Qt::Key_T) {
            m_true->setChecked(true);
        } else if (key == Qt::Key_B || key == Qt::Key_2 || key == Qt::Key_F) {
            m_false->setChecked(true);
        } else {
            return false;
        }
        return true;
    }
    QString spokenText() const override { return QCoreApplication::translate("AnswerWidget", "True, or false?"); }

private:
    QRadioButton *m_true = nullptr;
    QRadioButton *m_false = nullptr;
};

// A list with "move up" and "move down" buttons (and Alt+Up, Alt+Down): no dragging needed.
class OrderingWidget : public AnswerWidget
{
public:
    OrderingWidget(const std::vector<Choice> &elements, const QString &language, QWidget *parent)
        : AnswerWidget(parent)
    {
        auto *layout = new QHBoxLayout(this);
        m_list = new QListWidget(this);
        m_list->setObjectName(QStringLiteral("ordering-list"));
        m_list->setAccessibleName(QCoreApplication::translate("AnswerWidget", "Elements to put in order"));
        m_list->setAccessibleDescription(QCoreApplication::translate("AnswerWidget",
            "Select an element, then move it up or down with the buttons or with Alt "
            "and the arrow keys."));
        for (const Choice &e : elements) {
            auto *entry = new QListWidgetItem(m_list);
            entry->setData(Qt::UserRole, e.id);
            entry->setData(Qt::UserRole + 1, text(e.text, language));
            m_spoken += text(e.text, language) + QStringLiteral(". ");
        }
        number();
        m_list->setCurrentRow(0);
        m_list->setWordWrap(true);
        layout->addWidget(m_list, 1);
        auto *buttons = new QVBoxLayout;
        m_up = new QPushButton(QCoreApplication::translate("AnswerWidget", "Move up"), this);
        m_down = new QPushButton(QCoreApplication::translate("AnswerWidget", "Move down"), this);
        m_up->setObjectName(QStringLiteral("move-up"));
        m_down->setObjectName(QStringLiteral("move-down"));
        m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
        m_down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
        m_up->setToolTip(QCoreApplication::translate("AnswerWidget", "Alt+Up"));
        m_down->setToolTip(QCoreApplication::translate("AnswerWidget", "Alt+Down"));
        buttons->addWidget(m_up);
        buttons->addWidget(m_down);
        buttons->addStretch();
        layout->addLayout(buttons);
        connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
        connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
        m_list->installEventFilter(this);
    }

    // Alt+Up and Alt+Down move the selected element while the list has the focus.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_list && event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
                move(key->key() == Qt::Key_Up ? -1 : +1);
                return true;
            }
        }
        return AnswerWidget::eventFilter(watched, event);
    }
    ItemResponse response() const override
    {
        ItemResponse r;
        for (int i = 0; i < m_list->count(); ++i) {
            r.choices.append(m_list->item(i)->data(Qt::UserRole).toString());
        }
        return r;
    }
    bool isComplete() const override { return true; }
    QString missing() const override { return {}; }
    QString spokenText() const override { return m_spoken; }

    // Each element shows its position: "1. …", "2. …".
    void number()
    {
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *entry = m_list->item(i);
            entry->setText(QStringLiteral("%1.  %2").arg(i + 1).arg(entry->data(Qt::UserRole + 1).toString()));
            entry->setData(Qt::AccessibleTextRole,
                QCoreApplication::translate("AnswerWidget", "Position %1: %2")
                    .arg(i + 1)
                    .arg(entry->data(Qt::UserRole + 1).toString()));
        }
    }

    void move(int delta)
    {
        const int row = m_list->currentRow();
        const int target = row + delta;
        if (row < 0 || target < 0 || target >= m_list->count()) {
            return;
        }
        QListWidgetItem *entry = m_list->takeItem(row);
        m_list->insertItem(target, entry);
        number();
        m_list->setCurrentRow(target);
        Q_EMIT changed();
    }

private:
    QListWidget *m_list = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QString m_spoken;
};

// One drop-down list of responses per premise.
class MatchingWidget : public AnswerWidget
{
public:
    MatchingWidget(const std::vector<Choice> &premises, const std::vector<Choice> &responses, const QString &language,
        QWidget *parent)
        : AnswerWidget(parent)
    {
        // Each premise above its drop-down list: long texts wrap instead of being cut.
        auto *layout = new QVBoxLayout(this);
        for (const Choice &p : premises) {
            auto *box = new QComboBox(this);
            box->setObjectName(QStringLiteral("match-%1").arg(p.id));
            // Narrower than its longest answer if need be (the list it opens shows them whole).
            box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            box->setMinimumContentsLength(12);
            box->addItem(QCoreApplication::translate("AnswerWidget", "(choose)"), QString());
            for (const Choice &r : responses) {
                box->addItem(text(r.text, language), r.id);
            }
            box->setAccessibleName(text(p.text, language));
            box->setAccessibleDescription(
                QCoreApplication::translate("AnswerWidget", "Choose the answer that goes with this one."));
            auto *label = new QLabel(text(p.text, language), this);
            label->setWordWrap(true);
            label->setBuddy(box);
            layout->addWidget(label);
            layout->addWidget(box);
            layout->addSpacing(8);
            m_boxes.emplace_back(p.id, box);
            m_spoken += text(p.text, language) + QStringLiteral(". ");
            connect(box, &QComboBox::currentIndexChanged, this, &AnswerWidget::changed);
        }
    }
    ItemResponse response() const override
    {
        ItemResponse r;
        for (const auto &[premise, box] : m_boxes) {
            const QString id = box->currentData().toString();
            if (!id.isEmpty()) {
                r.pairs.insert(premise, id);
            }
        }
        return r;
    }
    bool isComplete() const override { return static_cast<std::size_t>(response().pairs.size()) == m_boxes.size(); }
    QString missing() const override
    {
        const int left = static_cast<int>(m_boxes.size()) - static_cast<int>(response().pairs.size());
        return QCoreApplication::translate(
            "AnswerWidget", "Choose an answer in every list (%n still to choose), then confirm.", nullptr, left);
    }
    QString spokenText() const override { return m_spoken; }

private:
    std::vector<std::pair<QString, QComboBox *>> m_boxes;
    QString m_spoken;
};

// A number, typed with the pupil's decimal separator (a comma in French).
class NumericWidget : public AnswerWidget
{
public:
    NumericWidget(const LocalizedText &unit, const QString &language, QWidget *parent)
        : AnswerWidget(parent)
        , m_locale(language == QLatin1String("fr") ? QLocale(QLocale::French) : QLocale(QLocale::English))
    {
        auto *layout = new QHBoxLayout(this);
        m_edit = new QLineEdit(this);
        m_edit->setObjectName(QStringLiteral("numeric-answer"));
        m_edit->setAccessibleName(QCoreApplication::translate("AnswerWidget", "Your answer (a number)"));
        m_edit->setMaxLength(20);
        layout->addWidget(m_edit);
        if (!unit.isEmpty()) {
            auto *u = new QLabel(text(unit, language), this);
            layout->addWidget(u);
        }
        layout->addStretch();
        connect(m_edit, &QLineEdit::textChanged, this, &AnswerWidget::changed);
    }
    ItemResponse response() const override
    {
        ItemResponse r;
        if (const auto v = value()) {
            r.number = *v;
        }
        return r;
    }
    bool isComplete() const override { return value().has_value(); }
    QString missing() const override
    {
        return m_edit->text().trimmed().isEmpty()
            ? QCoreApplication::translate("AnswerWidget", "Type a number, then confirm.")
            : problem();
    }
    QString problem() const override
    {
        if (m_edit->text().trimmed().isEmpty() || value()) {
            return {};
        }
        return QCoreApplication::translate("AnswerWidget", "\"%1\" is not a number. Type a number, for example %2.")
            .arg(m_edit->text().trimmed(), m_locale.toString(2.5));
    }
    void showEvent(QShowEvent *) override { m_edit->setFocus(); }

private:
    std::optional<double> value() const
    {
        QString t = m_edit->text().trimmed();
        t.remove(QLatin1Char(' ')).remove(QChar(0x202F)).remove(QChar(0x00A0));
        bool ok = false;
        double v = m_locale.toDouble(t, &ok);
        if (!ok) {
            v = QLocale::c().toDouble(t, &ok); // "0.5" typed in French is still 0.5
        }
        if (!ok) {
            t.replace(QLatin1Char(','), QLatin1Char('.'));
            v = QLocale::c().toDouble(t, &ok);
        }
        return ok ? std::optional<double>(v) : std::nullopt;
    }

    QLineEdit *m_edit = nullptr;
    QLocale m_locale;
};

class ShortTextWidget : public AnswerWidget
{
public:
    ShortTextWidget(const QString &language, QWidget *parent)
        : AnswerWidget(parent)
        , m_language(language)
    {
        auto *layout = new QHBoxLayout(this);
        m_edit = new QLineEdit(this);
        m_edit->setObjectName(QStringLiteral("text-answer"));
        m_edit->setAccessibleName(QCoreApplication::translate("AnswerWidget", "Your answer (a word or a few words)"));
        m_edit->setMaxLength(80);
        layout->addWidget(m_edit);
        connect(m_edit, &QLineEdit::textChanged, this, &AnswerWidget::changed);
    }
    ItemResponse response() const override
    {
        ItemResponse r;
        r.text = m_edit->text();
        r.language = m_language;
        return r;
    }
    bool isComplete() const override { return !m_edit->text().trimmed().isEmpty(); }
    QString missing() const override
    {
        return QCoreApplication::translate("AnswerWidget", "Type your answer, then confirm.");
    }
    void showEvent(QShowEvent *) override { m_edit->setFocus(); }

private:
    QLineEdit *m_edit = nullptr;
    QString m_language;
};

} // namespace

std::unique_ptr<AnswerWidget> AnswerWidget::create(
    const BankItem &item, const QString &language, std::uint64_t seed, QWidget *parent)
{
    const ItemContent &c = item.content;
    std::unique_ptr<AnswerWidget> w;
    switch (c.type) {
    case ItemType::SingleChoice:
        w = std::make_unique<ChoiceWidget>(ordered(c.options, c.shuffle, seed), false, language, parent);
        break;
    case ItemType::MultipleResponse:
        w = std::make_unique<ChoiceWidget>(ordered(c.options, c.shuffle, seed), true, language, parent);
        break;
    case ItemType::TrueFalse:
        w = std::make_unique<TrueFalseWidget>(parent);
        break;
    case ItemType::Ordering: {
        // Never start from the right order.
        std::vector<Choice> elements = ordered(c.elements, true, seed);
        QStringList shown;
        for (const Choice &e : elements) {
            shown.append(e.id);
        }
        if (shown == c.key && elements.size() > 1) {
            std::rotate(elements.begin(), elements.begin() + 1, elements.end());
        }
        w = std::make_unique<OrderingWidget>(elements, language, parent);
        break;
    }
    case ItemType::Matching:
        w = std::make_unique<MatchingWidget>(c.premises, ordered(c.responses, c.shuffle, seed), language, parent);
        break;
    case ItemType::Numeric:
        w = std::make_unique<NumericWidget>(c.unit, language, parent);
        break;
    case ItemType::ShortText:
        w = std::make_unique<ShortTextWidget>(language, parent);
        break;
    }
    return w;
}

} // namespace aicet::gui
