#include "StaffWidgets.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QTableWidget>

namespace aicet::gui {
namespace {

// Lets the wheel scroll the page rather than change an unfocused value.
class WheelGuard : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel) {
            if (auto *w = qobject_cast<QWidget *>(watched); w && !w->hasFocus()) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void wheelOnlyWhenFocused(QWidget *root)
{
    auto *guard = new WheelGuard(root);
    QList<QWidget *> widgets;
    for (QComboBox *c : root->findChildren<QComboBox *>()) {
        widgets << c;
    }
    for (QAbstractSpinBox *b : root->findChildren<QAbstractSpinBox *>()) {
        widgets << b;
    }
    for (QWidget *w : widgets) {
        w->setFocusPolicy(Qt::StrongFocus);
        w->installEventFilter(guard);
    }
}

QTableWidget *readOnlyTable(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Room for several rows whatever sits below it (the page scrolls instead).
    t->setMinimumHeight(t->fontMetrics().height() * 12);
    return t;
}

QLabel *messageLabel(QWidget *parent, const QString &objectName)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

QLineEdit *passwordField(QWidget *parent, const QString &objectName)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setEchoMode(QLineEdit::Password);
    e->setMaxLength(256);
    return e;
}

void growToText(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout || !layout->hasHeightForWidth()) {
        return;
    }
    layout->activate();
    const int height = layout->totalHeightForWidth(window->width());
    if (height > window->height()) {
        window->resize(window->width(), height);
    }
}

QWidget *scrolling(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(page);
    return area;
}

} // namespace aicet::gui
