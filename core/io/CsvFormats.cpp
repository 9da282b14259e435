#include "io/CsvFormats.h"

#include "Translate.h"
#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <map>

namespace aicet::io {
namespace {

// Stops collecting after this many problems: a wrong file gives one per line otherwise.
constexpr int kMaxErrors = 50;

bool addError(QStringList *errors, const QString &message)
{
    if (errors->size() < kMaxErrors) {
        errors->append(message);
    } else if (errors->size() == kMaxErrors) {
        errors->append(IoText::tr("(further errors not shown)"));
    }
    return false;
}

QStringList headerNames(const std::vector<QByteArrayView> &fields)
{
    QStringList names;
    for (const auto &f : fields) {
        names.append(fieldText(f));
    }
    return names;
}

// Opens a CSV file and reads its header; on failure records why (`expected` describes the header).
bool openWithHeader(CsvReader *csv, const QString &path, const QString &expected, std::vector<QByteArrayView> *header,
    QStringList *errors)
{
    errors->clear();
    if (!csv->open(path)) {
        errors->append(csv->errorString());
        return false;
    }
    if (!csv->next(header)) {
        errors->append(
            csv->hasError() ? csv->errorString() : IoText::tr("%1: empty file: expected %2").arg(path, expected));
        return false;
    }
    return true;
}

} // namespace

std::optional<ItemBank> readParameterCsv(const QString &path, QStringList *errors)
{
    CsvReader csv;
    std::vector<QByteArrayView> fields;
    if (!openWithHeader(&csv, path, IoText::tr("the header id,a,b,c,d[,domain]"), &fields, errors)) {
        return std::nullopt;
    }
    const QStringList header = headerNames(fields);
    const QStringList expected
        = {QStringLiteral("id"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    QStringList lowered;
    for (const QString &h : header) {
        lowered.append(h.toLower());
    }
    const bool hasDomain = lowered.size() == 6 && lowered.at(5) == QLatin1String("domain");
    if (lowered.mid(0, 5) != expected || (lowered.size() != 5 && !hasDomain)) {
        errors->append(csv.located(IoText::tr("the header must be id,a,b,c,d or id,a,b,c,d,domain (found %1)")
                                       .arg(header.join(QLatin1Char(',')))));
        return std::nullopt;
    }

    ItemBank bank;
    bank.id = QFileInfo(path).completeBaseName();
    bank.title.insert(QStringLiteral("en"), bank.id);
    bank.parametersOnly = true;
    QHash<QString, int> firstLine;
    std::vector<QString> domainOfItem;
    const qsizetype columns = header.size();
    while (csv.next(&fields)) {
        if (static_cast<qsizetype>(fields.size()) != columns) {
            addError(errors, csv.located(IoText::tr("expected %1 fields, found %2").arg(columns).arg(fields.size())));
            continue;
        }
        BankItem item;
        item.id = fieldText(fields[0]);
        if (item.id.isEmpty()) {
            addError(errors, csv.located(IoText::tr("the item id is empty")));
            continue;
        }
        if (const auto seen = firstLine.constFind(item.id); seen != firstLine.constEnd()) {
            addError(
                errors, csv.located(IoText::tr("duplicate item id \"%1\" (first on line %2)").arg(item.id).arg(*seen)));
            continue;
        }
        firstLine.insert(item.id, csv.line());
        double values[4] = {};
        bool ok = true;
        static const char *const names[4] = {"a", "b", "c", "d"};
        for (int k = 0; k < 4; ++k) {
            const auto v = parseDouble(fields[static_cast<std::size_t>(k + 1)]);
            if (!v) {
                ok = addError(errors,
                    csv.located(IoText::tr("item \"%1\": %2 is not a number (\"%3\")")
                                    .arg(item.id, QLatin1String(names[k]),
                                        fieldText(fields[static_cast<std::size_t>(k + 1)]))));
                break;
            }
            values[k] = *v;
        }
        if (!ok) {
            continue;
        }
        item.irt.a = values[0];
        item.irt.b = values[1];
        item.irt.c = values[2];
        item.irt.d = values[3];
        item.irt.model = item.irt.d < 1.0 ? irt::Model::FourPL
            : item.irt.c > 0.0            ? irt::Model::ThreePL
                                          : irt::Model::TwoPL;
        if (const QString problem = irt::validateParameters(item.irt); !problem.isEmpty()) {
            addError(errors, csv.located(IoText::tr("item \"%1\": %2").arg(item.id, problem)));
            continue;
        }
        domainOfItem.push_back(hasDomain ? fieldText(fields[5]) : QString());
        bank.items.push_back(std::move(item));
    }
    if (csv.hasError()) {
        addError(errors, csv.errorString());
    }
    if (errors->isEmpty() && bank.items.empty()) {
        errors->append(IoText::tr("%1: no items after the header").arg(path));
    }
    if (!errors->isEmpty()) {
        return std::nullopt;
    }
    if (hasDomain) {
        std::map<QString, int> domains; // sorted, so dimension order does not depend on line order
        for (const QString &d : domainOfItem) {
            if (!d.isEmpty()) {
                domains.emplace(d, 0);
            }
        }
        for (auto &[name, index] : domains) {
            index = static_cast<int>(bank.dimensions.size());
            bank.dimensions.push_back({name, {}});
        }
        for (std::size_t i = 0; i < bank.items.size(); ++i) {
            bank.items[i].dimension = domainOfItem[i].isEmpty() ? -1 : domains[domainOfItem[i]];
        }
    }
    bank.reindex();
    return bank;
}

std::optional<cat::ResponseMatrix> readResponseMatrix(const QString &path, const ItemBank &bank, QStringList *errors)
{
    CsvReader csv;
    std::vector<QByteArrayView> fields;
    if (!openWithHeader(&csv, path, IoText::tr("a header person,<item id>,..."), &fields, errors)) {
        return std::nullopt;
    }
    if (fields.size() < 2) {
        errors->append(csv.located(IoText::tr("the header must be person followed by item ids")));
        return std::nullopt;
    }
    std::vector<int> columnItem(fields.size(), -1);
    std::vector<int> seenAt(bank.items.size(), -1);
    for (std::size_t col = 1; col < fields.size(); ++col) {
        const QString id = fieldText(fields[col]);
        const int item = bank.indexOf(id);
        if (item < 0) {
            addError(errors, csv.located(IoText::tr("column %1: item \"%2\" is not in the bank").arg(col + 1).arg(id)));
            continue;
        }
        if (seenAt[static_cast<std::size_t>(item)] >= 0) {
            addError(errors,
                csv.located(IoText::tr("column %1: item \"%2\" appears twice (first in column %3)")
                                .arg(col + 1)
                                .arg(id)
                                .arg(seenAt[static_cast<std::size_t>(item)] + 1)));
            continue;
        }
        seenAt[static_cast<std::size_t>(item)] = static_cast<int>(col);
        columnItem[col] = item;
    }
    if (!errors->isEmpty()) {
        return std::nullopt;
    }

    cat::ResponseMatrix matrix;
    matrix.items = bank.size();
    while (csv.next(&fields)) {
        if (fields.size() != columnItem.size()) {
            addError(errors,
                csv.located(IoText::tr("expected %1 fields, found %2").arg(columnItem.size()).arg(fields.size())));
            continue;
        }
        const QString person = fieldText(fields[0]);
        const std::size_t row = matrix.candidates.size();
        matrix.candidates.push_back(person);
        matrix.cells.resize(matrix.cells.size() + static_cast<std::size_t>(matrix.items), -1);
        signed char *cells = matrix.cells.data() + row * static_cast<std::size_t>(matrix.items);
        for (std::size_t col = 1; col < fields.size(); ++col) {
            const QByteArrayView cell = fields[col];
            if (cell.isEmpty() || cell == "NA") {
                continue;
            }
            const int item = columnItem[col];
            const auto value = parseInteger(cell);
            const int categories = bank.items[static_cast<std::size_t>(item)].irt.categoryCount();
            if (!value || *value < 0 || *value >= categories) {
                addError(errors,
                    csv.located(IoText::tr("person \"%1\", item \"%2\": \"%3\" is not a response category (0 to %4)")
                                    .arg(person, bank.items[static_cast<std::size_t>(item)].id, fieldText(cell))
                                    .arg(categories - 1)));
                continue;
            }
            cells[item] = static_cast<signed char>(*value);
        }
    }
    if (csv.hasError()) {
        addError(errors, csv.errorString());
    }
    if (errors->isEmpty() && matrix.candidates.empty()) {
        errors->append(IoText::tr("%1: no persons after the header").arg(path));
    }
    if (!errors->isEmpty()) {
        return std::nullopt;
    }
    return matrix;
}

std::optional<Abilities> readAbilities(const QString &path, QStringList *errors)
{
    CsvReader csv;
    std::vector<QByteArrayView> fields;
    if (!openWithHeader(&csv, path, IoText::tr("a header such as sim_id,theta"), &fields, errors)) {
        return std::nullopt;
    }
    if (fields.size() != 2) {
        errors->append(csv.located(IoText::tr("expected two columns: an id and theta")));
        return std::nullopt;
    }
    Abilities out;
    while (csv.next(&fields)) {
        if (fields.size() != 2) {
            addError(errors, csv.located(IoText::tr("expected 2 fields, found %1").arg(fields.size())));
            continue;
        }
        const auto theta = parseDouble(fields[1]);
        if (!theta) {
            addError(errors, csv.located(IoText::tr("theta is not a number (\"%1\")").arg(fieldText(fields[1]))));
            continue;
        }
        out.ids.push_back(fieldText(fields[0]));
        out.theta.push_back(*theta);
    }
    if (csv.hasError()) {
        addError(errors, csv.errorString());
    }
    if (errors->isEmpty() && out.ids.empty()) {
        errors->append(IoText::tr("%1: no abilities after the header").arg(path));
    }
    if (!errors->isEmpty()) {
        return std::nullopt;
    }
    return out;
}

} // namespace aicet::io
