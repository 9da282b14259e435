#include "Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>
#include <QTextStream>

#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // Documents (certificates, reports) need fonts, hence a GUI application; it runs on the
    // offscreen platform, so no display is needed. Everything else stays a plain core application.
    // The arguments as given: QGuiApplication would take some for itself (such as -session).
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && (std::strcmp(argv[1], "certificate") == 0 || std::strcmp(argv[1], "report") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("aicet-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return aicet::cli::run(arguments, out, err);
}
