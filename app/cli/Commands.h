#pragma once

#include <QStringList>
#include <QTextStream>

namespace aicet::cli {

int bankCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int sittingCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int sessionCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int resultsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int candidateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int certificateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int reportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int calibrateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int scoreCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int simulateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int classCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int staffCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int planPilotCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace aicet::cli
