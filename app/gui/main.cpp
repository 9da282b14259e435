#include "MainWindow.h"
#include "services/BankCatalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("aicet"));
    QApplication::setOrganizationName(QStringLiteral("aicet"));
    QApplication::setApplicationDisplayName(QStringLiteral("AICET"));
    QApplication::setApplicationVersion(QStringLiteral(AICET_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("fr.montpellier3m.aicet"));

    aicet::services::BankCatalog::setBuiltInBankPath(QStringLiteral(AICET_SOURCE_DIR "/question-banks/aicet"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("AICET – AI competence test"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("The database: a SQLite file or postgresql://…"),
        QStringLiteral("location")});
    parser.addOption({QStringLiteral("windowed"), QStringLiteral("Do not fill the screen during tests.")});
    parser.addOption({QStringLiteral("pupil-only"),
        QStringLiteral("No door to the staff's side on this computer (also set by staff/pupil_only=true in the "
                       "settings).")});
    parser.process(app);

    aicet::gui::MainWindow::Options options;
    options.database = parser.value(QStringLiteral("db"));
    options.examFullScreen = !parser.isSet(QStringLiteral("windowed"));
    options.pupilOnly = parser.isSet(QStringLiteral("pupil-only"))
        || QSettings().value(QStringLiteral("staff/pupil_only"), false).toBool();
    aicet::gui::MainWindow window(options);
    window.show();
    return QApplication::exec();
}
