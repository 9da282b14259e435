#pragma once

#include <QStringList>
#include <QTextStream>

namespace aicet::cli {

int bankCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int scoreCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int simulateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace aicet::cli
