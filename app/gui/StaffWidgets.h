#pragma once

#include <QString>
#include <QStringList>

class QLabel;
class QLineEdit;
class QTableWidget;
class QWidget;

namespace aicet::gui {

/// The staff's pages share these: a table to read and select rows in (one at a time, not
/// edited), a label for messages (plain text, wrapped), a password field.
QTableWidget *readOnlyTable(QWidget *parent, const QString &objectName, const QStringList &headers);
QLabel *messageLabel(QWidget *parent, const QString &objectName);
QLineEdit *passwordField(QWidget *parent, const QString &objectName);

} // namespace aicet::gui
