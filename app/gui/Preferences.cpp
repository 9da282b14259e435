#include "Preferences.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>
#include <QWidget>

#include <algorithm>

namespace aicet::gui {

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    p.language = s.value(QStringLiteral("display/language"), p.language).toString();
    if (p.language != QLatin1String("fr") && p.language != QLatin1String("en")) {
        p.language = QStringLiteral("fr");
    }
    p.fontPoints = std::clamp(s.value(QStringLiteral("display/fontPoints"), p.fontPoints).toInt(), kMinFont, kMaxFont);
    p.highContrast = s.value(QStringLiteral("display/highContrast"), false).toBool();
    p.dyslexiaFont = s.value(QStringLiteral("display/dyslexiaFont"), false).toBool();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("display/language"), language);
    s.setValue(QStringLiteral("display/fontPoints"), fontPoints);
    s.setValue(QStringLiteral("display/highContrast"), highContrast);
    s.setValue(QStringLiteral("display/dyslexiaFont"), dyslexiaFont);
}

void Preferences::apply(QApplication &app) const
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFont font = app.font();
    if (dyslexiaFont && QFontDatabase::families().contains(QStringLiteral("OpenDyslexic"))) {
        font.setFamily(QStringLiteral("OpenDyslexic"));
    } else {
        font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Sans Serif")});
    }
    font.setPointSize(fontPoints);
    app.setFont(font);

    QPalette p;
    if (highContrast) {
        // White on black, yellow for what can be acted on: a contrast ratio above 15:1.
        p.setColor(QPalette::Window, Qt::black);
        p.setColor(QPalette::WindowText, Qt::white);
        p.setColor(QPalette::Base, Qt::black);
        p.setColor(QPalette::AlternateBase, QColor(0x20, 0x20, 0x20));
        p.setColor(QPalette::Text, Qt::white);
        p.setColor(QPalette::Button, Qt::black);
        p.setColor(QPalette::ButtonText, Qt::yellow);
        p.setColor(QPalette::Highlight, Qt::yellow);
        p.setColor(QPalette::HighlightedText, Qt::black);
        p.setColor(QPalette::ToolTipBase, Qt::black);
        p.setColor(QPalette::ToolTipText, Qt::white);
        p.setColor(QPalette::Link, Qt::cyan);
        p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x90, 0x90, 0x90));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x90, 0x90, 0x90));
    } else {
        p.setColor(QPalette::Window, QColor(0xf7, 0xf7, 0xf4));
        p.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
        p.setColor(QPalette::Button, QColor(0xe8, 0xee, 0xf6));
        p.setColor(QPalette::ButtonText, QColor(0x10, 0x2a, 0x4c));
        p.setColor(QPalette::Highlight, QColor(0x1f, 0x5f, 0xa8));
        p.setColor(QPalette::HighlightedText, Qt::white);
    }
    app.setPalette(p);
    // A thick, always-visible keyboard focus outline.
    const QString focus = highContrast ? QStringLiteral("yellow") : QStringLiteral("#1f5fa8");
    app.setStyleSheet(
        QStringLiteral("QPushButton:focus, QRadioButton:focus, QCheckBox:focus, QLineEdit:focus, "
                       "QComboBox:focus, QListWidget:focus { border: 3px solid %1; border-radius: 4px; } "
                       "QPushButton { padding: 6px 14px; font-size: %4pt; } "
                       "QToolButton { font-size: %4pt; } "
                       "QPushButton#primary { font-weight: bold; } "
                       "QLabel#notice { color: %2; font-weight: bold; } "
                       "QLabel#error { color: %3; font-weight: bold; }")
            .arg(focus, highContrast ? QStringLiteral("yellow") : QStringLiteral("#8a4b00"),
                highContrast ? QStringLiteral("#ff8080") : QStringLiteral("#b00020"), QString::number(fontPoints)));
}

void setFontRole(QWidget *widget, double scale, bool bold)
{
    widget->setProperty("aicetFontScale", scale);
    widget->setProperty("aicetFontBold", bold);
    applyFontRoles(widget);
}

void applyFontRoles(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        const QVariant scale = w->property("aicetFontScale");
        if (!scale.isValid()) {
            continue;
        }
        QFont f = QApplication::font();
        f.setPointSizeF(f.pointSizeF() * scale.toDouble());
        f.setBold(w->property("aicetFontBold").toBool());
        w->setFont(f);
    }
}

} // namespace aicet::gui
