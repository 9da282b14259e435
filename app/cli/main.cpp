#include "Cli.h"
#include "Translations.h"
#include "services/BankCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>
#include <unistd.h>

int main(int argc, char *argv[])
{
    // Documents (certificates, reports, code slips) need fonts, hence a GUI application; it runs on the
    // offscreen platform, so no display is needed. Everything else stays a plain core application.
    // The arguments as given: QGuiApplication would take some for itself (such as -session).
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1
        && (std::strcmp(argv[1], "certificate") == 0 || std::strcmp(argv[1], "report") == 0
            || (argc > 2 && std::strcmp(argv[1], "class") == 0 && std::strcmp(argv[2], "slips") == 0))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        // Outside a desktop session (ssh, cron) there is no runtime folder; the one Qt would use
        // instead is set here so that it says nothing about it.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
            QDir().mkpath(QString::fromLocal8Bit(runtime));
            QFile::setPermissions(QString::fromLocal8Bit(runtime),
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime);
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("aicet-cli"));
    // Messages in the system's language (French or English).
    aicet::i18n::setLanguage(aicet::i18n::systemLanguage());
    aicet::services::BankCatalog::setBuiltInBankPath(QStringLiteral(AICET_SOURCE_DIR "/question-banks/aicet"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    int status = aicet::cli::run(arguments, out, err);
    // Output that did not reach its file (a full disk behind "> file") is a failure, not a success.
    out.flush();
    if (out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        err << QCoreApplication::translate(
            "aicet::cli", "aicet-cli: the output could not be written (is the disk full?)")
            << '\n';
        err.flush();
        status = status == 0 ? 1 : status;
    }
    return status;
}
