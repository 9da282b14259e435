#include "Preferences.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>
#include <QWidget>

#include <algorithm>
#include <cmath>

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
    // The font is set by the style sheet, for every widget at once: QApplication::setFont() did not
    // reach the widgets a style sheet had already polished (labels and fields stayed at the
    // system's 9 pt beside 13 pt buttons until the size was changed once).
    QFont font = app.font();
    QString family = QStringLiteral("DejaVu Sans");
    if (dyslexiaFont && QFontDatabase::families().contains(QStringLiteral("OpenDyslexic"))) {
        family = QStringLiteral("OpenDyslexic");
    }
    font.setFamilies({family, QStringLiteral("Noto Sans"), QStringLiteral("Sans Serif")});
    font.setPointSize(fontPoints);
    app.setFont(font);

    const QString accent = highContrast ? QStringLiteral("yellow") : QStringLiteral("#1f5fa8");
    QString sheet = QStringLiteral("QWidget { font-family: \"%1\"; font-size: %2pt; } ").arg(family).arg(fontPoints);
    // The toolbar at a size that keeps all its buttons on the smallest screen.
    sheet += QStringLiteral("QToolBar, QToolBar QToolButton { font-size: %1pt; } ").arg(std::min(fontPoints, 16));
    // A thick, always-visible keyboard focus outline.
    sheet += QStringLiteral("QPushButton:focus, QRadioButton:focus, QCheckBox:focus, QLineEdit:focus, "
                            "QComboBox:focus, QListWidget:focus { border: 3px solid %1; border-radius: 4px; } "
                            "QPushButton { padding: 6px 14px; } ")
                 .arg(accent);
    sheet += QStringLiteral("QLabel#notice { color: %1; font-weight: bold; } QLabel#error { color: %2; font-weight: "
                            "bold; } ")
                 .arg(highContrast ? QStringLiteral("yellow") : QStringLiteral("#8a4b00"),
                     highContrast ? QStringLiteral("#ff8080") : QStringLiteral("#b00020"));
    const int indicator = std::max(16, fontPoints * 4 / 3);
    if (highContrast) {
        // Every control drawn in white or yellow on black: boxes and circles to tick, fields and
        // lists with a border, buttons outlined, and a disabled button visibly grey and dashed.
        sheet += QStringLiteral(
            "QCheckBox::indicator, QRadioButton::indicator { width: %1px; height: %1px; border: 3px solid white; "
            "background: black; } "
            "QRadioButton::indicator { border-radius: %2px; } "
            "QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: yellow; border-color: "
            "yellow; } "
            "QLineEdit, QListWidget, QComboBox, QPlainTextEdit { border: 2px solid white; background: black; color: "
            "white; } "
            "QPushButton { border: 2px solid yellow; color: yellow; background: black; } "
            "QPushButton:disabled { border: 2px dashed #808080; color: #808080; } "
            "QFrame#paused { border: 3px solid yellow; } ")
                     .arg(indicator)
                     .arg(indicator / 2 + 3);
    } else {
        // Boxes and circles to tick as large as the text beside them.
        sheet += QStringLiteral("QCheckBox::indicator, QRadioButton::indicator { width: %1px; height: %1px; } "
                                "QPushButton:disabled { color: #8a8a8a; } ")
                     .arg(indicator);
    }
    app.setStyleSheet(sheet);
}

void setFontRole(QWidget *widget, double scale, bool bold)
{
    widget->setProperty("aicetFontScale", scale);
    widget->setProperty("aicetFontBold", bold);
    applyFontRoles(widget);
}

void applyFontRoles(QWidget *root, int basePoints)
{
    // A role is a per-widget style sheet: it wins over the application's base size.
    const int base = basePoints > 0 ? basePoints : QApplication::font().pointSize();
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        const QVariant scale = w->property("aicetFontScale");
        if (!scale.isValid()) {
            continue;
        }
        const int points = std::max(1, static_cast<int>(std::lround(base * scale.toDouble())));
        const QString sheet
            = QStringLiteral("font-size: %1pt; font-weight: %2;")
                  .arg(points)
                  .arg(w->property("aicetFontBold").toBool() ? QStringLiteral("bold") : QStringLiteral("normal"));
        if (w->styleSheet() != sheet) {
            w->setStyleSheet(sheet);
        }
    }
}

} // namespace aicet::gui
