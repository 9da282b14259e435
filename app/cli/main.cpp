#include "Cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aicet-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return aicet::cli::run(QCoreApplication::arguments().mid(1), out, err);
}
