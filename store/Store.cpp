#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>
#include <QUuid>

#include <array>
#include <functional>

namespace aicet::store {
namespace {

Q_LOGGING_CATEGORY(lcStore, "aicet.store", QtWarningMsg)

constexpr std::array<std::pair<SittingState, const char *>, 2> kSittingStates = {{
    {SittingState::Open, "open"},
    {SittingState::Closed, "closed"},
}};
constexpr std::array<std::pair<SessionState, const char *>, 4> kSessionStates = {{
    {SessionState::Running, "running"},
    {SessionState::Paused, "paused"},
    {SessionState::Finished, "finished"},
    {SessionState::Abandoned, "abandoned"},
}};
// "resumed" is the name schema 1 gave to a pupil's program coming back to its session.
constexpr std::array<std::pair<EventKind, const char *>, 13> kEventKinds = {{
    {EventKind::Started, "started"},
    {EventKind::Rejoined, "resumed"},
    {EventKind::ItemShown, "item_shown"},
    {EventKind::Answered, "answered"},
    {EventKind::FocusLost, "focus_lost"},
    {EventKind::FocusRegained, "focus_regained"},
    {EventKind::Paused, "paused"},
    {EventKind::Unpaused, "unpaused"},
    {EventKind::TimeExtended, "time_extended"},
    {EventKind::Reopened, "reopened"},
    {EventKind::Finished, "finished"},
    {EventKind::Abandoned, "abandoned"},
    {EventKind::Incident, "incident"},
}};

template<typename Enum, std::size_t N>
QLatin1StringView nameIn(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value) {
            return QLatin1StringView(name);
        }
    }
    return QLatin1StringView("?");
}

template<typename Enum, std::size_t N>
std::optional<Enum> parseIn(const std::array<std::pair<Enum, const char *>, N> &table, const QString &text)
{
    for (const auto &[v, name] : table) {
        if (text == QLatin1StringView(name)) {
            return v;
        }
    }
    return std::nullopt;
}

bool isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

// Text for a NOT NULL column: a null QString would be bound as SQL NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant nullableInt(int value)
{
    return value >= 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::Int));
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonDocument jsonDocument(const QVariant &v)
{
    return v.isNull() ? QJsonDocument() : QJsonDocument::fromJson(v.toString().toUtf8());
}

QJsonObject jsonObject(const QVariant &v)
{
    return jsonDocument(v).object();
}

// Sitting settings as the sittings.settings column holds them (the keys schema 1 wrote).
QString settingsText(const SittingSettings &s)
{
    QJsonObject o;
    auto put = [&](const char *key, const auto &value) {
        if (value) {
            o.insert(QLatin1String(key), *value);
        }
    };
    put("min_items", s.minItems);
    put("max_items", s.maxItems);
    put("se_target", s.seTarget);
    put("time_limit_minutes", s.timeLimitMinutes);
    put("selection", s.selection);
    put("randomesque", s.randomesque);
    put("stop", s.stop);
    if (s.pilotPositions) {
        QJsonArray positions;
        for (int p : *s.pilotPositions) {
            positions.append(p);
        }
        o.insert(QStringLiteral("pilot_positions"), positions);
    }
    if (!s.extraTimeMinutes.isEmpty()) {
        QJsonObject extra;
        for (auto it = s.extraTimeMinutes.constBegin(); it != s.extraTimeMinutes.constEnd(); ++it) {
            extra.insert(it.key(), it.value());
        }
        o.insert(QStringLiteral("extra_time_minutes"), extra);
    }
    if (s.rosterOnly) {
        o.insert(QStringLiteral("roster_only"), true);
    }
    if (!s.examMode) {
        o.insert(QStringLiteral("exam_mode"), false);
    }
    return jsonText(o);
}

SittingSettings settingsFromText(const QVariant &v)
{
    const QJsonObject o = jsonObject(v);
    SittingSettings s;
    auto number = [&](const char *key) {
        const QJsonValue value = o.value(QLatin1String(key));
        return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
    };
    if (const auto n = number("min_items")) {
        s.minItems = static_cast<int>(*n);
    }
    if (const auto n = number("max_items")) {
        s.maxItems = static_cast<int>(*n);
    }
    s.seTarget = number("se_target");
    s.timeLimitMinutes = number("time_limit_minutes");
    if (o.value(QStringLiteral("selection")).isString()) {
        s.selection = o.value(QStringLiteral("selection")).toString();
    }
    if (const auto n = number("randomesque")) {
        s.randomesque = static_cast<int>(*n);
    }
    if (o.value(QStringLiteral("stop")).isString()) {
        s.stop = o.value(QStringLiteral("stop")).toString();
    }
    if (o.value(QStringLiteral("pilot_positions")).isArray()) {
        std::vector<int> positions;
        for (const QJsonValue &p : o.value(QStringLiteral("pilot_positions")).toArray()) {
            positions.push_back(p.toInt());
        }
        s.pilotPositions = std::move(positions);
    }
    const QJsonObject extra = o.value(QStringLiteral("extra_time_minutes")).toObject();
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        s.extraTimeMinutes.insert(it.key(), it.value().toDouble());
    }
    s.rosterOnly = o.value(QStringLiteral("roster_only")).toBool();
    s.examMode = o.value(QStringLiteral("exam_mode")).toBool(true);
    return s;
}

// Per-dimension results as the results.dimensions column holds them: an array in the bank's order
// (schema 1 first wrote an object keyed by dimension, still read).
QString dimensionsText(const std::vector<scoring::DimensionResult> &dimensions)
{
    QJsonArray a;
    for (const scoring::DimensionResult &d : dimensions) {
        a.append(QJsonObject{{QStringLiteral("dimension"), d.dimension}, {QStringLiteral("theta"), d.theta},
            {QStringLiteral("se"), d.se}, {QStringLiteral("items"), d.items}, {QStringLiteral("level"), d.level},
            {QStringLiteral("informative"), d.informative}});
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

std::vector<scoring::DimensionResult> dimensionsFromText(const QVariant &v)
{
    std::vector<scoring::DimensionResult> list;
    auto read = [&](const QString &id, const QJsonObject &o) {
        // Before schema 4 every area with a level was reported: informative.
        const QString level = o.value(QStringLiteral("level")).toString();
        list.push_back({id, o.value(QStringLiteral("items")).toInt(), o.value(QStringLiteral("theta")).toDouble(),
            o.value(QStringLiteral("se")).toDouble(), level,
            o.value(QStringLiteral("informative")).toBool(!level.isEmpty())});
    };
    const QJsonDocument doc = jsonDocument(v);
    if (doc.isArray()) {
        for (const QJsonValue &d : doc.array()) {
            read(d.toObject().value(QStringLiteral("dimension")).toString(), d.toObject());
        }
    } else {
        const QJsonObject o = doc.object();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            read(it.key(), it.value().toObject());
        }
    }
    return list;
}

// A candidate belongs to a sitting (NULL: to no sitting yet, e.g. a class list): the same code in
// two sittings is two people.
// code_key is codeKey(code), computed by the program (the databases' UPPER() differ beyond ASCII):
// codes are looked up and kept unique in that form.
constexpr char kCandidatesTable[]
    = "CREATE TABLE candidates (id %ID%, sitting_id BIGINT REFERENCES sittings(id), code TEXT NOT NULL, code_key "
      "TEXT NOT NULL, display_name TEXT NOT NULL, group_name TEXT NOT NULL, created_at BIGINT NOT NULL, erased_at "
      "BIGINT NOT NULL, UNIQUE (sitting_id, code_key))";

// The register of issued documents: what was signed (its hash: no personal data), with which key,
// for which session, and whether it was revoked.
constexpr char kDocumentsTable[]
    = "CREATE TABLE documents (number TEXT PRIMARY KEY, session_id BIGINT NOT NULL REFERENCES sessions(id), kind TEXT "
      "NOT NULL, message_hash TEXT NOT NULL, key_id TEXT NOT NULL, issued_at BIGINT NOT NULL, revoked_at BIGINT NOT "
      "NULL DEFAULT 0, revoked_reason TEXT NOT NULL DEFAULT '')";

// Staff accounts (schema 5): the name as typed and its key (case and spacing folded) for lookups.
constexpr char kStaffTable[]
    = "CREATE TABLE staff (id %ID%, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, role TEXT NOT NULL, "
      "password_hash TEXT NOT NULL, created_at BIGINT NOT NULL, failed_attempts INTEGER NOT NULL DEFAULT 0, "
      "blocked_until BIGINT NOT NULL DEFAULT 0, disabled INTEGER NOT NULL DEFAULT 0)";

// Class lists (schema 5): a class belongs to the staff account that made it; its pupils carry the
// personal code AICET generated (unique in the database, looked up by its key).
constexpr char kClassesTable[]
    = "CREATE TABLE classes (id %ID%, name TEXT NOT NULL, name_key TEXT NOT NULL, owner_id BIGINT NOT NULL "
      "REFERENCES staff(id), created_at BIGINT NOT NULL, UNIQUE (owner_id, name_key))";
constexpr char kClassPupilsTable[]
    = "CREATE TABLE class_pupils (id %ID%, class_id BIGINT NOT NULL REFERENCES classes(id), last_name TEXT NOT NULL, "
      "first_name TEXT NOT NULL, identifier TEXT NOT NULL, code TEXT NOT NULL, code_key TEXT NOT NULL UNIQUE, "
      "created_at BIGINT NOT NULL)";

// Schema 6: a sitting belongs to the staff account that created it (NULL: made from the command
// line, administrators only); a class pupil may be entitled to extra time (e.g. a third more).
const char *const kSchema6[] = {
    "ALTER TABLE sittings ADD COLUMN owner_id BIGINT REFERENCES staff(id)",
    "ALTER TABLE class_pupils ADD COLUMN extra_time INTEGER NOT NULL DEFAULT 0",
    // How an item behaved, and a bank's use, are read by item and by bank.
    "CREATE INDEX events_item ON events (item_id)",
    "CREATE INDEX sittings_bank ON sittings (bank_id)",
};

// Schema 7: the releases of banks, their files in the database (a sitting's bank content survives
// the changes of its folder).
const char *const kSchema7[] = {
    "CREATE TABLE bank_releases (id %ID%, bank_id TEXT NOT NULL, version TEXT NOT NULL, content_hash TEXT NOT NULL "
    "UNIQUE, created_at BIGINT NOT NULL, created_by TEXT NOT NULL, note TEXT NOT NULL)",
    "CREATE TABLE bank_release_files (release_id BIGINT NOT NULL REFERENCES bank_releases(id), path TEXT NOT NULL, "
    "content %BLOB% NOT NULL, PRIMARY KEY (release_id, path))",
    "CREATE INDEX bank_releases_bank ON bank_releases (bank_id)",
};

// The schema this build creates (version 7: kSchema, then kSchema6 and kSchema7). %ID% is the dialect's auto-increment
// primary key. Older databases are migrated in initialise().
const char *const kSchema[] = {
    "CREATE TABLE aicet_schema (version INTEGER NOT NULL, written_by TEXT NOT NULL, updated_at BIGINT NOT NULL)",
    "CREATE TABLE sittings (id %ID%, code TEXT NOT NULL UNIQUE, title TEXT NOT NULL, bank_id TEXT NOT NULL, "
    "bank_path TEXT NOT NULL, bank_hash TEXT NOT NULL, settings TEXT NOT NULL, language TEXT NOT NULL, opens_at "
    "BIGINT NOT NULL, closes_at BIGINT NOT NULL, show_results INTEGER NOT NULL, show_explanations INTEGER NOT NULL, "
    "ask_name INTEGER NOT NULL, practice INTEGER NOT NULL, state TEXT NOT NULL, created_at BIGINT NOT NULL, code_key "
    "TEXT NOT NULL UNIQUE)",
    kCandidatesTable,
    "CREATE TABLE sessions (id %ID%, sitting_id BIGINT NOT NULL REFERENCES sittings(id), candidate_id BIGINT NOT "
    "NULL REFERENCES candidates(id), seed BIGINT NOT NULL, state TEXT NOT NULL, started_at BIGINT NOT NULL, "
    "finished_at BIGINT NOT NULL, extra_time DOUBLE PRECISION NOT NULL, resume_hash TEXT NOT NULL DEFAULT '', "
    "resume_approved_at BIGINT NOT NULL DEFAULT 0, UNIQUE (sitting_id, candidate_id))",
    "CREATE TABLE events (id %ID%, session_id BIGINT NOT NULL REFERENCES sessions(id), seq INTEGER NOT NULL, kind "
    "TEXT NOT NULL, at BIGINT NOT NULL, position INTEGER, item_id TEXT, response TEXT, category INTEGER, payload TEXT, "
    "answer_position INTEGER, UNIQUE (session_id, seq), UNIQUE (session_id, answer_position))",
    "CREATE TABLE results (session_id BIGINT PRIMARY KEY REFERENCES sessions(id), theta DOUBLE PRECISION NOT NULL, "
    "se DOUBLE PRECISION NOT NULL, score DOUBLE PRECISION NOT NULL, score_low DOUBLE PRECISION NOT NULL, score_high "
    "DOUBLE PRECISION NOT NULL, level TEXT NOT NULL, stop_reason TEXT NOT NULL, items INTEGER NOT NULL, dimensions "
    "TEXT NOT NULL, computed_at BIGINT NOT NULL, level_alternative TEXT NOT NULL DEFAULT '', level_probability DOUBLE "
    "PRECISION NOT NULL DEFAULT 0, fit TEXT NOT NULL DEFAULT '', score_open TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE audit_log (id %ID%, at BIGINT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT "
    "NULL, details TEXT NOT NULL)",
    "CREATE INDEX sessions_candidate ON sessions (candidate_id)",
    kDocumentsTable,
    "CREATE INDEX documents_session ON documents (session_id)",
    "CREATE UNIQUE INDEX documents_live ON documents (session_id) WHERE revoked_at = 0",
    kStaffTable,
    kClassesTable,
    kClassPupilsTable,
};

const char kStaffColumns[] = "id, name, role, password_hash, created_at, failed_attempts, blocked_until, disabled";
const char kCandidateColumns[] = "id, code, display_name, group_name, created_at, erased_at, sitting_id";
const char kSittingColumns[] = "id, code, title, bank_id, bank_path, bank_hash, settings, language, opens_at, "
                               "closes_at, show_results, show_explanations, ask_name, practice, state, created_at, "
                               "owner_id";
const char kSessionColumns[]
    = "id, sitting_id, candidate_id, seed, state, started_at, finished_at, extra_time, resume_hash, resume_approved_at";
const char kEventColumns[] = "id, session_id, seq, kind, at, position, item_id, response, category, payload";
const char kResultColumns[] = "session_id, theta, se, score, score_low, score_high, level, stop_reason, items, "
                              "dimensions, computed_at, level_alternative, level_probability, fit, score_open";

CandidateRecord readCandidate(const QSqlQuery &q)
{
    CandidateRecord c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.displayName = q.value(2).toString();
    c.group = q.value(3).toString();
    c.createdAt = q.value(4).toLongLong();
    c.erasedAt = q.value(5).toLongLong();
    c.sittingId = q.value(6).toLongLong();
    return c;
}

SittingRecord readSitting(const QSqlQuery &q)
{
    SittingRecord s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.title = q.value(2).toString();
    s.bankId = q.value(3).toString();
    s.bankPath = q.value(4).toString();
    s.bankHash = q.value(5).toString();
    s.settings = settingsFromText(q.value(6));
    s.language = q.value(7).toString();
    s.opensAt = q.value(8).toLongLong();
    s.closesAt = q.value(9).toLongLong();
    s.showResults = q.value(10).toInt() != 0;
    s.showExplanations = q.value(11).toInt() != 0;
    s.askName = q.value(12).toInt() != 0;
    s.practice = q.value(13).toInt() != 0;
    s.state = parseSittingState(q.value(14).toString()).value_or(SittingState::Closed);
    s.createdAt = q.value(15).toLongLong();
    s.ownerId = q.value(16).toLongLong();
    return s;
}

SessionRecord readSession(const QSqlQuery &q, int first = 0)
{
    SessionRecord s;
    s.id = q.value(first).toLongLong();
    s.sittingId = q.value(first + 1).toLongLong();
    s.candidateId = q.value(first + 2).toLongLong();
    s.seed = static_cast<std::uint64_t>(q.value(first + 3).toLongLong());
    s.state = parseSessionState(q.value(first + 4).toString()).value_or(SessionState::Abandoned);
    s.startedAt = q.value(first + 5).toLongLong();
    s.finishedAt = q.value(first + 6).toLongLong();
    s.extraTimeSeconds = q.value(first + 7).toDouble();
    s.resumeHash = q.value(first + 8).toString();
    s.resumeApprovedAt = q.value(first + 9).toLongLong();
    return s;
}

SessionRecord readSessionRow(const QSqlQuery &q)
{
    return readSession(q);
}

EventRecord readEvent(const QSqlQuery &q)
{
    EventRecord e;
    e.id = q.value(0).toLongLong();
    e.sessionId = q.value(1).toLongLong();
    e.seq = q.value(2).toInt();
    // An unknown kind (written by a newer version) is kept as a focus event: it changes no state.
    e.kind = parseEventKind(q.value(3).toString()).value_or(EventKind::FocusRegained);
    e.at = q.value(4).toLongLong();
    e.position = q.value(5).isNull() ? -1 : q.value(5).toInt();
    e.itemId = q.value(6).toString();
    e.response = jsonObject(q.value(7));
    e.category = q.value(8).isNull() ? -1 : q.value(8).toInt();
    e.payload = jsonObject(q.value(9));
    return e;
}

ResultRecord readResult(const QSqlQuery &q, int first = 0)
{
    ResultRecord r;
    r.sessionId = q.value(first).toLongLong();
    r.theta = q.value(first + 1).toDouble();
    r.se = q.value(first + 2).toDouble();
    r.score = q.value(first + 3).toDouble();
    r.scoreLow = q.value(first + 4).toDouble();
    r.scoreHigh = q.value(first + 5).toDouble();
    r.level = q.value(first + 6).toString();
    r.stopReason = q.value(first + 7).toString();
    r.items = q.value(first + 8).toInt();
    r.dimensions = dimensionsFromText(q.value(first + 9));
    r.computedAt = q.value(first + 10).toLongLong();
    r.levelAlternative = q.value(first + 11).toString();
    r.levelProbability = q.value(first + 12).toDouble();
    r.fit = scoring::PersonFit::fromJson(jsonDocument(q.value(first + 13)).object());
    const QString open = q.value(first + 14).toString();
    r.scoreLowOpen = open == QLatin1String("low") || open == QLatin1String("both");
    r.scoreHighOpen = open == QLatin1String("high") || open == QLatin1String("both");
    return r;
}

ResultRecord readResultRow(const QSqlQuery &q)
{
    return readResult(q);
}

StaffRecord readStaff(const QSqlQuery &q)
{
    StaffRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.role = staffRoleFromName(q.value(2).toString()).value_or(StaffRole::Teacher);
    r.passwordHash = q.value(3).toString();
    r.createdAt = q.value(4).toLongLong();
    r.failedAttempts = q.value(5).toInt();
    r.blockedUntil = q.value(6).toLongLong();
    r.disabled = q.value(7).toInt() != 0;
    return r;
}

// A staff name's key: case folded and spaces collapsed, so that "Ada  Lovelace" is "ada lovelace".
QString staffKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

ClassRecord readClass(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
        q.value(4).toInt()};
}

ClassPupilRecord readClassPupil(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toInt() != 0};
}

AuditEntry readAudit(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString()};
}

// Why SQLite may fail to open a file it could read before: say so when its disk is full.
QString diskHint(const QString &path)
{
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    return disk.isValid() && disk.bytesAvailable() < 256 * 1024
        ? QCoreApplication::translate("Store", " The disk that holds it is full: free some space.")
        : QString();
}

// The PostgreSQL advisory lock that claims a session: AICET's tag in the high bits, the session id
// in the low 40 (distinct from the lock that serialises initialisation).
qint64 claimKey(qint64 sessionId)
{
    return (qint64(0x4149) << 40) ^ (sessionId & ((qint64(1) << 40) - 1));
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyFolder = kOwnerOnly | QFileDevice::ExeOwner;

// The database file and the journal files SQLite keeps beside it: readable by their owner only.
void restrictToOwner(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix)) {
            QFile::setPermissions(path + suffix, kOwnerOnly);
        }
    }
}

} // namespace

QLatin1StringView name(SittingState state)
{
    return nameIn(kSittingStates, state);
}

QLatin1StringView name(SessionState state)
{
    return nameIn(kSessionStates, state);
}

QLatin1StringView name(EventKind kind)
{
    return nameIn(kEventKinds, kind);
}

std::optional<SittingState> parseSittingState(const QString &text)
{
    return parseIn(kSittingStates, text);
}

std::optional<SessionState> parseSessionState(const QString &text)
{
    return parseIn(kSessionStates, text);
}

std::optional<EventKind> parseEventKind(const QString &text)
{
    return parseIn(kEventKinds, text);
}

std::optional<SessionState> stateAfter(SessionState state, EventKind kind)
{
    const bool underWay = isUnderWay(state);
    switch (kind) {
    case EventKind::Started:
    case EventKind::Rejoined:
    case EventKind::FocusLost:
    case EventKind::FocusRegained:
    case EventKind::TimeExtended:
        return underWay ? std::optional(state) : std::nullopt;
    case EventKind::ItemShown:
    case EventKind::Answered:
        return state == SessionState::Running ? std::optional(state) : std::nullopt;
    case EventKind::Paused:
        return state == SessionState::Running ? std::optional(SessionState::Paused) : std::nullopt;
    case EventKind::Unpaused:
        return state == SessionState::Paused ? std::optional(SessionState::Running) : std::nullopt;
    case EventKind::Reopened:
        return underWay ? std::nullopt : std::optional(SessionState::Running);
    case EventKind::Finished:
        // The test reaches its end only while it runs: a paused test's clock is stopped.
        return state == SessionState::Running ? std::optional(SessionState::Finished) : std::nullopt;
    case EventKind::Abandoned:
        return underWay ? std::optional(SessionState::Abandoned) : std::nullopt;
    case EventKind::Incident:
        // A note of the staff, in any state (a suspicion may be noted after the end).
        return state;
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------

SessionClaim::~SessionClaim()
{
    if (m_store) {
        m_store->releaseClaim(this);
    }
}

QString Store::defaultLocation()
{
    // One folder for every AICET program (the desktop application and the command line share it).
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty()) {
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    }
    return dir + QStringLiteral("/aicet/aicet.sqlite");
}

QString Store::checkDriver(const QString &location)
{
    if (isPostgresUrl(location)) {
        return QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))
            ? QString()
            : tr("the Qt PostgreSQL driver (QPSQL) is not installed: install the Debian package libqt6sql6-psql");
    }
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))
        ? QString()
        : tr("the Qt SQLite driver (QSQLITE) is not installed: install the Debian package libqt6sql6-sqlite");
}

std::unique_ptr<Store> Store::open(const QString &location, QString *error)
{
    if (const QString missing = checkDriver(location); !missing.isEmpty()) {
        *error = missing;
        return nullptr;
    }
    std::unique_ptr<Store> store(new Store);
    store->m_location = location;
    store->m_connection = QStringLiteral("aicet-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    store->m_engine = isPostgresUrl(location) ? Engine::PostgreSQL : Engine::SQLite;
    const bool opened = store->m_engine == Engine::PostgreSQL ? store->openPostgres(error) : store->openSqlite(error);
    if (!opened || !store->initialise(error)) {
        return nullptr;
    }
    return store;
}

bool Store::openPostgres(QString *error)
{
    const QUrl url(m_location);
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2) {
        *error = tr("%1: not a PostgreSQL address such as postgresql://user@127.0.0.1/aicet").arg(m_location);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!db.open()) {
        *error = tr("cannot connect to PostgreSQL at %1:%2/%3: %4")
                     .arg(url.host())
                     .arg(url.port(5432))
                     .arg(url.path().mid(1), db.lastError().text().trimmed());
        return false;
    }
    return true;
}

bool Store::openSqlite(QString *error)
{
    const QFileInfo info(m_location);
    if (info.isDir()) {
        *error = tr("%1 is a folder, not a database file").arg(m_location);
        return false;
    }
    if (info.exists()) {
        // AICET creates its databases whole (see below): an empty file is someone else's.
        if (info.size() == 0) {
            *error = tr("%1 is an empty file that AICET did not create: it was left untouched. Remove it, or choose "
                        "another database file.")
                         .arg(m_location);
            return false;
        }
        QFile f(m_location);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot read: %2").arg(m_location, f.errorString());
            return false;
        }
        if (f.read(16) != QByteArray("SQLite format 3\0", 16)) {
            *error = tr("%1 is not a database file (it was left untouched)").arg(m_location);
            return false;
        }
    } else {
        // A new database is made under a temporary name and renamed when its tables exist, so that
        // the file at `location` is always a whole AICET database.
        const QString folder = info.absolutePath();
        if (!QFileInfo::exists(folder)) {
            if (!QDir().mkpath(folder)) {
                *error = tr("cannot create the folder %1").arg(folder);
                return false;
            }
            QFile::setPermissions(folder, kOwnerOnlyFolder);
        }
        if (QDir::cleanPath(folder) == QFileInfo(defaultLocation()).absolutePath()) {
            QFile::setPermissions(folder, kOwnerOnlyFolder);
        }
        const QString temporary = QStringLiteral("%1.new-%2")
                                      .arg(m_location)
                                      .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        {
            std::unique_ptr<Store> fresh(new Store);
            fresh->m_location = temporary;
            fresh->m_connection = m_connection + QStringLiteral("-new");
            QFile touch(temporary);
            if (!touch.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
                *error = tr("%1: cannot create the database: %2").arg(m_location, touch.errorString());
                return false;
            }
            touch.close();
            QFile::setPermissions(temporary, kOwnerOnly);
            QString problem;
            bool made = false;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), fresh->m_connection);
                db.setDatabaseName(temporary);
                made = db.open() && fresh->exec(QStringLiteral("PRAGMA journal_mode=WAL"), &problem)
                    && fresh->initialise(&problem);
                if (!made && problem.isEmpty()) {
                    problem = db.lastError().text();
                }
            }
            fresh.reset(); // closes the new database before it is renamed
            if (!made) {
                *error = tr("%1: cannot create the database: %2").arg(m_location, problem);
                QFile::remove(temporary);
                return false;
            }
        }
        // Another program may have created the database meanwhile: then its file is kept.
        if (!QFile::rename(temporary, m_location)) {
            QFile::remove(temporary);
            if (!QFileInfo::exists(m_location)) {
                *error = tr("%1: cannot create the database file").arg(m_location);
                return false;
            }
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_location);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = tr("%1: cannot open the database: %2").arg(m_location, db.lastError().text()) + diskHint(m_location);
        return false;
    }
    // Refuse another program's database, and a damaged one, before changing anything in it (even
    // the journal mode is written to the file).
    {
        QSqlQuery tables(db);
        if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
            const QString full = diskHint(m_location);
            *error = full.isEmpty() ? tr("%1 is damaged or not a usable database (%2); it was left untouched.")
                                          .arg(m_location, tables.lastError().text())
                                    : tr("%1 cannot be opened (%2).").arg(m_location, tables.lastError().text()) + full;
            return false;
        }
        QStringList names;
        while (tables.next()) {
            names.append(tables.value(0).toString());
        }
        names.removeAll(QStringLiteral("sqlite_sequence"));
        if (!names.isEmpty() && !names.contains(QStringLiteral("aicet_schema"))) {
            *error
                = tr("%1 holds another program's data, not an AICET database (it was left untouched)").arg(m_location);
            return false;
        }
        QSqlQuery check(db);
        QStringList problems;
        if (check.exec(QStringLiteral("PRAGMA integrity_check"))) {
            while (check.next() && problems.size() < 3) {
                problems.append(check.value(0).toString());
            }
        } else {
            problems.append(check.lastError().text());
        }
        if (problems != QStringList{QStringLiteral("ok")}) {
            *error = tr("%1 is damaged: SQLite's integrity check failed (%2). It was left untouched: restore it from a "
                        "backup, or ask for help to recover it.")
                         .arg(m_location, problems.join(QStringLiteral("; ")));
            return false;
        }
    }
    // Durable commits, readers that never block the writer, referential integrity, and erased
    // data overwritten rather than left in free pages.
    QSqlQuery wal(db);
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !wal.next()) {
        *error = tr("%1 is not a usable database: %2").arg(m_location, wal.lastError().text());
        return false;
    }
    if (wal.value(0).toString().toLower() != QLatin1String("wal")) {
        qCWarning(lcStore) << "journal mode is" << wal.value(0).toString() << "instead of WAL for" << m_location;
    }
    wal.finish();
    QString pragmaError;
    if (!exec(QStringLiteral("PRAGMA synchronous=FULL"), &pragmaError)
        || !exec(QStringLiteral("PRAGMA foreign_keys=ON"), &pragmaError)
        || !exec(QStringLiteral("PRAGMA secure_delete=ON"), &pragmaError)) {
        *error = tr("%1: %2").arg(m_location, pragmaError);
        return false;
    }
    restrictToOwner(m_location);
    return true;
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlQuery Store::query() const
{
    return QSqlQuery(QSqlDatabase::database(m_connection, false));
}

bool Store::exec(const QString &sql, QString *error)
{
    QSqlQuery q = query();
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool Store::fail(const QString &message)
{
    m_lastError = message;
    qCWarning(lcStore) << message;
    return false;
}

bool Store::begin(QString *error)
{
    // SQLite: take the write lock now, so that what is read in the transaction stays true.
    if (exec(m_engine == Engine::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), error)) {
        return true;
    }
    *error = error->contains(QLatin1String("locked"))
        ? tr("the database %1 is locked by another program (still busy after 5 s): %2").arg(m_location, *error)
        : tr("cannot write to the database: %1").arg(*error);
    return false;
}

void Store::rollback()
{
    QString ignored;
    exec(QStringLiteral("ROLLBACK"), &ignored);
}

bool Store::transaction(const std::function<bool()> &write)
{
    // An explicit transaction, committed and checked: in autocommit, the commit of a statement that
    // returns rows (INSERT … RETURNING) happens after its row was read, and its failure (a full
    // disk) would go unseen.
    QString error;
    if (!begin(&error)) {
        return fail(error);
    }
    if (!write()) {
        rollback();
        return false;
    }
    if (!exec(QStringLiteral("COMMIT"), &error)) {
        rollback();
        return fail(tr("cannot save to the database: %1").arg(error));
    }
    return true;
}

bool Store::initialise(QString *error)
{
    const bool sqlite = m_engine == Engine::SQLite;
    // SQLite rebuilds a table to migrate it: foreign keys are checked by foreign_key_check before
    // the commit instead (the pragma has no effect inside a transaction).
    if (sqlite && !exec(QStringLiteral("PRAGMA foreign_keys=OFF"), error)) {
        return false;
    }
    const auto keysBack = qScopeGuard([this, sqlite] {
        QString ignored;
        if (sqlite) {
            exec(QStringLiteral("PRAGMA foreign_keys=ON"), &ignored);
        }
    });
    // One initialiser at a time: several rooms may open a new PostgreSQL database together.
    if (!begin(error)) {
        *error = tr("%1: %2").arg(m_location, *error);
        return false;
    }
    if (!sqlite && !exec(QStringLiteral("SELECT pg_advisory_xact_lock(1095320404)"), error)) {
        rollback();
        return false;
    }
    QSqlQuery tables = query();
    const bool listed = tables.exec(sqlite ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")
                                           : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                                            "table_schema = current_schema()"));
    if (!listed) {
        *error = tr("%1 is not a usable database: %2").arg(m_location, tables.lastError().text());
        rollback();
        return false;
    }
    QStringList names;
    while (tables.next()) {
        names.append(tables.value(0).toString());
    }
    tables.finish();
    if (!names.contains(QStringLiteral("aicet_schema"))) {
        names.removeAll(QStringLiteral("sqlite_sequence"));
        if (!names.isEmpty()) {
            *error
                = tr("%1 holds another program's data, not an AICET database (it was left untouched)").arg(m_location);
            rollback();
            return false;
        }
        if (!createSchema(error)) {
            rollback();
            *error = tr("%1: cannot create the tables: %2").arg(m_location, *error);
            return false;
        }
        m_schemaVersion = kSchemaVersion;
    } else {
        QSqlQuery v = query();
        if (!v.exec(QStringLiteral("SELECT MAX(version) FROM aicet_schema")) || !v.next()) {
            *error = tr("%1: cannot read the schema version: %2").arg(m_location, v.lastError().text());
            rollback();
            return false;
        }
        m_schemaVersion = v.value(0).toInt();
        v.finish();
        if (m_schemaVersion > kSchemaVersion) {
            *error = tr("%1 was written by a newer version of AICET (database schema %2; this version reads up to %3). "
                        "Install the newer AICET; the database was left untouched.")
                         .arg(m_location)
                         .arg(m_schemaVersion)
                         .arg(kSchemaVersion);
            rollback();
            return false;
        }
        // Migrations from older schemas, one version at a time, inside this transaction.
        for (int to = m_schemaVersion + 1; to <= kSchemaVersion; ++to) {
            if (!migrateTo(to, error)) {
                *error = tr("%1: cannot migrate the database to schema %2: %3").arg(m_location).arg(to).arg(*error);
                rollback();
                return false;
            }
            m_schemaVersion = to;
        }
    }
    if (!exec(QStringLiteral("COMMIT"), error)) {
        *error = tr("%1: %2").arg(m_location, *error);
        rollback();
        return false;
    }
    return true;
}

bool Store::recordSchemaVersion(int version, QString *error)
{
    // The database's own clock dates the change (the store takes every other time from its caller).
    QSqlQuery q = query();
    q.prepare(m_engine == Engine::SQLite
            ? QStringLiteral("INSERT INTO aicet_schema (version, written_by, updated_at) VALUES (?, ?, "
                             "CAST(strftime('%s', 'now') AS INTEGER) * 1000)")
            : QStringLiteral("INSERT INTO aicet_schema (version, written_by, updated_at) VALUES (?, ?, "
                             "CAST(EXTRACT(EPOCH FROM now()) * 1000 AS BIGINT))"));
    q.addBindValue(version);
    q.addBindValue(QStringLiteral("AICET %1").arg(QCoreApplication::applicationVersion()));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool Store::fillCodeKeys(const char *table, const char *scope, QString *error)
{
    // Each row's codeKey(code); rows whose codes read the same within their scope (written before
    // codes were compared this way) keep a key of their own, so that no row is lost or merged.
    QSqlQuery rows = query();
    if (!rows.exec(QStringLiteral("SELECT id, code, %1 FROM %2 ORDER BY id")
                       .arg(scope ? QLatin1String(scope) : QLatin1String("0"), QLatin1String(table)))) {
        *error = rows.lastError().text();
        return false;
    }
    QList<std::pair<qint64, QString>> keys;
    QSet<QString> taken;
    while (rows.next()) {
        const QString scoped = rows.value(2).toString() + QLatin1Char('/');
        QString key = codeKey(rows.value(1).toString());
        if (taken.contains(scoped + key)) {
            key += QStringLiteral("#%1").arg(rows.value(0).toLongLong());
        }
        taken.insert(scoped + key);
        keys.append({rows.value(0).toLongLong(), key});
    }
    if (rows.lastError().isValid()) {
        *error = rows.lastError().text();
        return false;
    }
    rows.finish();
    for (const auto &[id, key] : std::as_const(keys)) {
        QSqlQuery set = query();
        set.prepare(QStringLiteral("UPDATE %1 SET code_key = ? WHERE id = ?").arg(QLatin1String(table)));
        set.addBindValue(key);
        set.addBindValue(id);
        if (!set.exec()) {
            *error = set.lastError().text();
            return false;
        }
    }
    return true;
}

bool Store::createSchema7(QString *error)
{
    const bool sqlite = m_engine == Engine::SQLite;
    for (const char *statement : kSchema7) {
        QString sql = QString::fromLatin1(statement);
        sql.replace(QStringLiteral("%ID%"),
            sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                   : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        sql.replace(QStringLiteral("%BLOB%"), sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA"));
        if (!exec(sql, error)) {
            return false;
        }
    }
    return true;
}

bool Store::migrateTo(int version, QString *error)
{
    const bool sqlite = m_engine == Engine::SQLite;
    if (version == 7) {
        return createSchema7(error) && recordSchemaVersion(version, error);
    }
    if (version == 6) {
        for (const char *statement : kSchema6) {
            if (!exec(QString::fromLatin1(statement), error)) {
                return false;
            }
        }
        return recordSchemaVersion(version, error);
    }
    if (version == 5) {
        // Staff accounts and class lists.
        const QString id = sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                  : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
        for (const char *table : {kStaffTable, kClassesTable, kClassPupilsTable}) {
            if (!exec(QString::fromLatin1(table).replace(QStringLiteral("%ID%"), id), error)) {
                return false;
            }
        }
        return recordSchemaVersion(version, error);
    }
    if (version == 4) {
        // Results state the level's probability, the level stated with it when the evidence
        // cannot separate two, and the person-fit assessment. Older results keep their level,
        // with no probability (0) and no assessment ('').
        return exec(QStringLiteral("ALTER TABLE results ADD COLUMN level_alternative TEXT NOT NULL DEFAULT ''"), error)
            && exec(
                QStringLiteral("ALTER TABLE results ADD COLUMN level_probability DOUBLE PRECISION NOT NULL DEFAULT 0"),
                error)
            && exec(QStringLiteral("ALTER TABLE results ADD COLUMN fit TEXT NOT NULL DEFAULT ''"), error)
            && exec(QStringLiteral("ALTER TABLE results ADD COLUMN score_open TEXT NOT NULL DEFAULT ''"), error)
            && recordSchemaVersion(version, error);
    }
    if (version == 3) {
        // Candidates belong to a sitting: a code no longer names one person across sittings. A
        // candidate of several sittings becomes one candidate per sitting (same code and name).
        if (sqlite) {
            QString create = QString::fromLatin1(kCandidatesTable);
            create.replace(QStringLiteral("CREATE TABLE candidates "), QStringLiteral("CREATE TABLE candidates_v3 "));
            create.replace(QStringLiteral("%ID%"), QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
            if (!exec(create, error)
                || !exec(QStringLiteral("INSERT INTO candidates_v3 (id, sitting_id, code, code_key, display_name, "
                                        "group_name, created_at, erased_at) SELECT c.id, (SELECT MIN(s.sitting_id) "
                                        "FROM sessions s WHERE s.candidate_id = c.id), c.code, '#' || c.id, "
                                        "c.display_name, c.group_name, c.created_at, c.erased_at FROM candidates c"),
                    error)
                || !exec(QStringLiteral("DROP TABLE candidates"), error)
                || !exec(QStringLiteral("ALTER TABLE candidates_v3 RENAME TO candidates"), error)) {
                return false;
            }
        } else if (!exec(QStringLiteral("ALTER TABLE candidates ADD COLUMN sitting_id BIGINT REFERENCES sittings(id)"),
                       error)
            || !exec(QStringLiteral("ALTER TABLE candidates ADD COLUMN code_key TEXT"), error)
            || !exec(QStringLiteral("UPDATE candidates SET code_key = '#' || id"), error)
            || !exec(QStringLiteral("ALTER TABLE candidates ALTER COLUMN code_key SET NOT NULL"), error)
            || !exec(QStringLiteral("ALTER TABLE candidates DROP CONSTRAINT candidates_code_key"), error)
            || !exec(QStringLiteral("ALTER TABLE candidates ADD UNIQUE (sitting_id, code_key)"), error)
            || !exec(QStringLiteral("UPDATE candidates SET sitting_id = (SELECT MIN(s.sitting_id) FROM sessions s "
                                    "WHERE s.candidate_id = candidates.id)"),
                error)) {
            return false;
        }
        if (!exec(QStringLiteral("ALTER TABLE sessions ADD COLUMN resume_hash TEXT NOT NULL DEFAULT ''"), error)
            || !exec(QStringLiteral("ALTER TABLE sessions ADD COLUMN resume_approved_at BIGINT NOT NULL DEFAULT 0"),
                error)) {
            return false;
        }
        // The sessions of a shared candidate in its other sittings move to copies of it.
        QSqlQuery shared = query();
        if (!shared.exec(QStringLiteral("SELECT s.id, s.sitting_id, c.code, c.display_name, c.group_name, "
                                        "c.created_at, c.erased_at FROM sessions s JOIN candidates c ON c.id = "
                                        "s.candidate_id WHERE c.sitting_id <> s.sitting_id ORDER BY s.id"))) {
            *error = shared.lastError().text();
            return false;
        }
        QList<QVariantList> moves;
        while (shared.next()) {
            QVariantList row;
            for (int i = 0; i < 7; ++i) {
                row.append(shared.value(i));
            }
            moves.append(row);
        }
        if (shared.lastError().isValid()) {
            *error = shared.lastError().text();
            return false;
        }
        shared.finish();
        for (const QVariantList &row : std::as_const(moves)) {
            QSqlQuery copy = query();
            copy.prepare(QStringLiteral("INSERT INTO candidates (sitting_id, code, code_key, display_name, group_name, "
                                        "created_at, erased_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
            copy.addBindValue(row[1]);
            copy.addBindValue(row[2]);
            copy.addBindValue(QStringLiteral("#s%1").arg(row[0].toLongLong())); // set below
            for (int i = 3; i < 7; ++i) {
                copy.addBindValue(row[i]);
            }
            if (!copy.exec() || !copy.next()) {
                *error = copy.lastError().text();
                return false;
            }
            const qint64 id = copy.value(0).toLongLong();
            copy.finish();
            QSqlQuery move = query();
            move.prepare(QStringLiteral("UPDATE sessions SET candidate_id = ? WHERE id = ?"));
            move.addBindValue(id);
            move.addBindValue(row[0]);
            if (!move.exec()) {
                *error = move.lastError().text();
                return false;
            }
        }
        if (!exec(QString::fromLatin1(kDocumentsTable), error)
            || !exec(QStringLiteral("CREATE INDEX documents_session ON documents (session_id)"), error)
            || !exec(
                QStringLiteral("CREATE UNIQUE INDEX documents_live ON documents (session_id) WHERE revoked_at = 0"),
                error)) {
            return false;
        }
        // Sittings get their code key too, and every code its key, computed here.
        if (!exec(QStringLiteral("ALTER TABLE sittings ADD COLUMN code_key TEXT"), error)
            || !fillCodeKeys("sittings", nullptr, error) || !fillCodeKeys("candidates", "sitting_id", error)
            || !exec(QStringLiteral("CREATE UNIQUE INDEX sittings_by_code_key ON sittings (code_key)"), error)) {
            return false;
        }
        if (sqlite) {
            QSqlQuery check = query();
            if (!check.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
                *error = check.lastError().text();
                return false;
            }
            if (check.next()) {
                *error = tr("a reference of table %1 is broken").arg(check.value(0).toString());
                return false;
            }
        }
    }
    // Version 2 added states, event kinds and a form of per-dimension results that version 1
    // programs would not respect; version 3, candidates per sitting and resume tokens. Each new
    // number makes older programs refuse the database rather than write to it without its rules.
    return recordSchemaVersion(version, error);
}

bool Store::createSchema(QString *error)
{
    const QString id = m_engine == Engine::SQLite
        ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
        : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    for (const char *statement : kSchema) {
        QString sql = QString::fromLatin1(statement);
        sql.replace(QStringLiteral("%ID%"), id);
        if (!exec(sql, error)) {
            return false;
        }
    }
    for (const char *statement : kSchema6) {
        if (!exec(QString::fromLatin1(statement), error)) {
            return false;
        }
    }
    return createSchema7(error) && recordSchemaVersion(kSchemaVersion, error);
}

// ---------------------------------------------------------------------------------------------

template<typename Record> Read<Record> Store::failedRead(const QSqlQuery &q)
{
    fail(tr("cannot read the database %1: %2").arg(m_location, q.lastError().text()));
    return Read<Record>::failure(m_lastError);
}

template<typename Record>
Read<Record> Store::selectOne(
    const char *table, const char *columns, const char *key, const QVariant &value, Record (*read)(const QSqlQuery &))
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                  .arg(QLatin1String(columns), QLatin1String(table), QLatin1String(key)));
    q.addBindValue(value);
    if (!q.exec()) {
        return failedRead<Record>(q);
    }
    if (!q.next()) {
        // next() is false both at the end and when a damaged page stops the scan.
        return q.lastError().isValid() ? failedRead<Record>(q) : Read<Record>::notFound();
    }
    return Read<Record>::found(read(q));
}

template<typename Record> Read<QList<Record>> Store::selectMany(QSqlQuery &q, Record (*read)(const QSqlQuery &))
{
    if (!q.exec()) {
        return failedRead<QList<Record>>(q);
    }
    QList<Record> list;
    while (q.next()) {
        list.append(read(q));
    }
    if (q.lastError().isValid()) {
        return failedRead<QList<Record>>(q);
    }
    return Read<QList<Record>>::found(std::move(list));
}

QString codeKey(const QString &code)
{
    QString key;
    key.reserve(code.size());
    for (const QChar c : code) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-')) {
            continue;
        }
        key.append(c.unicode() < 128 ? c.toUpper() : c);
    }
    return key;
}

double extraMinutesFor(const SittingSettings &settings, const QString &code)
{
    const QString key = codeKey(code);
    for (auto it = settings.extraTimeMinutes.constBegin(); it != settings.extraTimeMinutes.constEnd(); ++it) {
        if (codeKey(it.key()) == key) {
            return it.value();
        }
    }
    return 0.0;
}

Read<CandidateRecord> Store::candidate(qint64 sittingId, const QString &code)
{
    // (sitting_id, code_key) is unique: one candidate at most.
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT %1 FROM candidates WHERE sitting_id = ? AND code_key = ?")
                  .arg(QLatin1String(kCandidateColumns)));
    q.addBindValue(sittingId);
    q.addBindValue(codeKey(code));
    auto list = selectMany(q, readCandidate);
    if (list.failed()) {
        return Read<CandidateRecord>::failure(list.error());
    }
    return list->isEmpty() ? Read<CandidateRecord>::notFound() : Read<CandidateRecord>::found(list->first());
}

Read<QList<CandidateRecord>> Store::candidatesWithCode(const QString &code)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT %1 FROM candidates WHERE code_key = ? ORDER BY id")
                  .arg(QLatin1String(kCandidateColumns)));
    q.addBindValue(codeKey(code));
    return selectMany(q, readCandidate);
}

Read<CandidateRecord> Store::candidateById(qint64 id)
{
    return selectOne<CandidateRecord>("candidates", kCandidateColumns, "id", id, readCandidate);
}

Read<CandidateRecord> Store::ensureCandidate(
    qint64 sittingId, const QString &code, const QString &displayName, const QString &group, qint64 at)
{
    if (auto existing = candidate(sittingId, code); existing || existing.failed()) {
        return existing;
    }
    QString insertError;
    const bool inserted = transaction([&] {
        QSqlQuery q = query();
        q.prepare(QStringLiteral("INSERT INTO candidates (sitting_id, code, code_key, display_name, group_name, "
                                 "created_at, erased_at) VALUES (?, ?, ?, ?, ?, ?, 0)"));
        q.addBindValue(sittingId > 0 ? QVariant(sittingId) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(code);
        q.addBindValue(codeKey(code));
        q.addBindValue(text(displayName));
        q.addBindValue(text(group));
        q.addBindValue(at);
        if (!q.exec()) {
            insertError = q.lastError().text();
            return false;
        }
        return true;
    });
    if (!inserted && !insertError.isEmpty()) {
        // Another room may have created it at the same moment: read it back.
        if (auto existing = candidate(sittingId, code); existing || existing.failed()) {
            return existing;
        }
        fail(tr("cannot record candidate \"%1\": %2").arg(code, insertError));
    }
    if (!inserted) {
        return Read<CandidateRecord>::failure(m_lastError);
    }
    auto created = candidate(sittingId, code);
    return created || created.failed()
        ? created
        : Read<CandidateRecord>::failure(tr("candidate \"%1\" was not stored").arg(code));
}

bool Store::eraseCandidate(qint64 candidateId, qint64 at, const AuditEntry *audit)
{
    const bool postgres = m_engine == Engine::PostgreSQL;
    const bool erased = transaction([&] {
        // The code as it is now, and the sitting whose settings may name it (extra time).
        QSqlQuery who = query();
        who.prepare(QStringLiteral("SELECT code, sitting_id FROM candidates WHERE id = ?%1")
                        .arg(postgres ? QStringLiteral(" FOR UPDATE") : QString()));
        who.addBindValue(candidateId);
        if (!who.exec()) {
            return fail(tr("cannot erase the candidate: %1").arg(who.lastError().text()));
        }
        if (!who.next()) {
            return fail(tr("no candidate #%1").arg(candidateId));
        }
        const QString key = codeKey(who.value(0).toString());
        const QVariant sittingId = who.value(1);
        who.finish();
        QSqlQuery q = query();
        q.prepare(QStringLiteral("UPDATE candidates SET code = ?, code_key = ?, display_name = '', group_name = '', "
                                 "erased_at = ? WHERE id = ?"));
        const QString anonymous
            = QStringLiteral("erased-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
        q.addBindValue(anonymous);
        q.addBindValue(codeKey(anonymous));
        q.addBindValue(at);
        q.addBindValue(candidateId);
        if (!q.exec()) {
            return fail(tr("cannot erase the candidate: %1").arg(q.lastError().text()));
        }
        if (q.numRowsAffected() != 1) {
            return fail(tr("no candidate #%1").arg(candidateId));
        }
        // The sitting's extra time is keyed by the candidate's code: that entry goes too.
        if (!sittingId.isNull() && !changeSittingSettings(sittingId.toLongLong(), [&](SittingSettings &s) {
                return s.extraTimeMinutes.removeIf([&](QMap<QString, double>::iterator it) {
                    return codeKey(it.key()) == key;
                }) > 0;
            })) {
            return false;
        }
        return !audit || insertAudit(*audit);
    });
    return erased;
}

Store::ErasedCopies Store::overwriteErasedCopies()
{
    ErasedCopies copies;
    if (m_engine == Engine::SQLite) {
        // secure_delete (set when opened) zeroed the erased fields in the pages; the journal still
        // holds the pages as they were until it is written into the file and emptied. A reader
        // that started before the erasure prevents that: a short wait per try, then say so.
        QString problem;
        exec(QStringLiteral("PRAGMA busy_timeout = 1000"), &problem);
        bool checkpointed = false;
        for (int attempt = 0; attempt < 3 && !checkpointed; ++attempt) {
            QSqlQuery q = query();
            if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next()) {
                problem = q.lastError().text();
                continue;
            }
            checkpointed = q.value(0).toInt() == 0;
            if (!checkpointed) {
                problem = tr("another program is reading or writing the database");
            }
        }
        QString ignored;
        exec(QStringLiteral("PRAGMA busy_timeout = 5000"), &ignored);
        copies.complete = checkpointed;
        if (checkpointed) {
            copies.done.append(
                tr("the erased fields were overwritten with zeros in %1 and its journal was emptied").arg(m_location));
        } else {
            copies.remaining.append(
                tr("the journal %1-wal still holds old copies of the erased fields (%2); they are overwritten when "
                   "every program using the database has closed it")
                    .arg(m_location, problem));
        }
        copies.remaining.append(tr("copies and backups of %1 made before the erasure still hold them").arg(m_location));
        return copies;
    }
    // PostgreSQL: the old row versions stay in the table's pages until VACUUM removes them, which
    // it cannot do inside a transaction nor while a transaction that may still see them is open.
    bool vacuumed = true;
    for (const char *table : {"candidates", "sittings"}) {
        QSqlQuery allowed = query();
        allowed.prepare(QStringLiteral(
            "SELECT pg_has_role(c.relowner, 'USAGE') OR pg_has_role(d.datdba, 'USAGE') OR r.rolsuper "
            "FROM pg_class c, pg_database d, pg_roles r WHERE c.oid = ?::regclass AND d.datname = current_database() "
            "AND r.rolname = current_user"));
        allowed.addBindValue(QString::fromLatin1(table));
        if (!allowed.exec() || !allowed.next() || !allowed.value(0).toBool()) {
            copies.remaining.append(tr("VACUUM %1 was not run: this account does not own the table (%2); the server's "
                                       "administrator must run it")
                                        .arg(QLatin1String(table), allowed.lastError().text()));
            vacuumed = false;
            continue;
        }
        allowed.finish();
        QString problem;
        if (!exec(QStringLiteral("VACUUM %1").arg(QLatin1String(table)), &problem)) {
            copies.remaining.append(tr("VACUUM %1 failed: %2").arg(QLatin1String(table), problem));
            vacuumed = false;
            continue;
        }
        // What VACUUM had to leave: row versions a transaction open elsewhere may still read.
        QSqlQuery dead = query();
        dead.prepare(QStringLiteral("SELECT n_dead_tup FROM pg_stat_user_tables WHERE relid = ?::regclass"));
        dead.addBindValue(QString::fromLatin1(table));
        if (dead.exec() && dead.next() && dead.value(0).toLongLong() > 0) {
            copies.remaining.append(
                tr("%1 old row version(s) of %2 are still kept for a transaction open elsewhere; the next VACUUM "
                   "(autovacuum) removes them")
                    .arg(dead.value(0).toLongLong())
                    .arg(QLatin1String(table)));
            vacuumed = false;
        }
    }
    if (vacuumed) {
        copies.done.append(
            tr("VACUUM removed the old row versions of the tables candidates and sittings from what "
               "the database can read (the server may keep their bytes in free space until it reuses it)"));
    }
    QString problem;
    if (exec(QStringLiteral("CHECKPOINT"), &problem)) {
        copies.done.append(tr("CHECKPOINT wrote the tables' pages to the server's files"));
    } else {
        copies.remaining.append(tr("CHECKPOINT was refused (%1): the server writes the pages at its next checkpoint")
                                    .arg(problem.trimmed()));
    }
    copies.remaining.append(tr("the server's write-ahead log, its archives, replicas and backups keep old copies "
                               "until they are recycled or expire: their administrator manages them"));
    return copies;
}

bool Store::createSitting(SittingRecord *s, const AuditEntry *audit)
{
    QString insertError;
    const bool created = transaction([&] {
        QSqlQuery q = query();
        q.prepare(QStringLiteral(
            "INSERT INTO sittings (code, title, bank_id, bank_path, bank_hash, settings, language, opens_at, "
            "closes_at, show_results, show_explanations, ask_name, practice, state, created_at, code_key, owner_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        for (const QVariant &v : {text(s->code), text(s->title), text(s->bankId), text(s->bankPath), text(s->bankHash),
                 QVariant(settingsText(s->settings)), text(s->language), QVariant(s->opensAt), QVariant(s->closesAt),
                 QVariant(int(s->showResults)), QVariant(int(s->showExplanations)), QVariant(int(s->askName)),
                 QVariant(int(s->practice)), QVariant(QString(name(s->state))), QVariant(s->createdAt),
                 QVariant(codeKey(s->code)),
                 s->ownerId > 0 ? QVariant(s->ownerId) : QVariant(QMetaType::fromType<qint64>())}) {
            q.addBindValue(v);
        }
        if (!q.exec() || !q.next()) {
            insertError = q.lastError().text();
            return false;
        }
        s->id = q.value(0).toLongLong();
        q.finish();
        return !audit || insertAudit(*audit);
    });
    if (created) {
        return true;
    }
    s->id = 0;
    if (!insertError.isEmpty()) {
        const auto existing = sitting(s->code);
        return existing ? fail(tr("a sitting with the code \"%1\" already exists").arg(s->code))
                        : fail(tr("cannot create the sitting: %1").arg(insertError));
    }
    return false;
}

Read<SittingRecord> Store::sitting(const QString &code)
{
    // code_key is unique: one sitting at most.
    return selectOne<SittingRecord>("sittings", kSittingColumns, "code_key", codeKey(code), readSitting);
}

Read<SittingRecord> Store::sittingById(qint64 id)
{
    return selectOne<SittingRecord>("sittings", kSittingColumns, "id", id, readSitting);
}

Read<QList<SittingRecord>> Store::sittings()
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT %1 FROM sittings ORDER BY created_at, id").arg(QLatin1String(kSittingColumns)));
    return selectMany(q, readSitting);
}

bool Store::setSittingState(qint64 sittingId, SittingState state, const AuditEntry *audit)
{
    return transaction([&] {
        QSqlQuery q = query();
        q.prepare(QStringLiteral("UPDATE sittings SET state = ? WHERE id = ?"));
        q.addBindValue(QString(name(state)));
        q.addBindValue(sittingId);
        if (!q.exec()) {
            return fail(tr("cannot change the sitting: %1").arg(q.lastError().text()));
        }
        return (q.numRowsAffected() == 1 || fail(tr("no sitting #%1").arg(sittingId)))
            && (!audit || insertAudit(*audit));
    });
}

bool Store::changeSittingSettings(qint64 sittingId, const std::function<bool(SittingSettings &)> &change)
{
    QSqlQuery read = query();
    read.prepare(QStringLiteral("SELECT settings FROM sittings WHERE id = ?%1")
                     .arg(m_engine == Engine::PostgreSQL ? QStringLiteral(" FOR UPDATE") : QString()));
    read.addBindValue(sittingId);
    if (!read.exec()) {
        return fail(tr("cannot read the sitting's settings: %1").arg(read.lastError().text()));
    }
    if (!read.next()) {
        return fail(tr("no sitting #%1").arg(sittingId));
    }
    SittingSettings settings = settingsFromText(read.value(0));
    read.finish();
    if (!change(settings)) {
        return true;
    }
    QSqlQuery update = query();
    update.prepare(QStringLiteral("UPDATE sittings SET settings = ? WHERE id = ?"));
    update.addBindValue(settingsText(settings));
    update.addBindValue(sittingId);
    return update.exec() || fail(tr("cannot change the sitting's settings: %1").arg(update.lastError().text()));
}

bool Store::setSittingExtraTime(qint64 sittingId, const QString &candidateCode, double minutes, const AuditEntry *audit)
{
    return transaction([&] {
        return changeSittingSettings(sittingId, [&](SittingSettings &s) {
            const QString key = codeKey(candidateCode);
            s.extraTimeMinutes.removeIf([&](QMap<QString, double>::iterator it) { return codeKey(it.key()) == key; });
            if (minutes > 0.0) {
                s.extraTimeMinutes.insert(candidateCode, minutes);
            }
            return true;
        }) && (!audit || insertAudit(*audit));
    });
}

Read<QList<CandidateRecord>> Store::candidatesOfSitting(qint64 sittingId)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT %1 FROM candidates WHERE sitting_id = ? ORDER BY code_key")
                  .arg(QLatin1String(kCandidateColumns)));
    q.addBindValue(sittingId);
    return selectMany(q, readCandidate);
}

Read<SessionRecord> Store::session(qint64 id)
{
    return selectOne<SessionRecord>("sessions", kSessionColumns, "id", id, readSessionRow);
}

Read<SessionRecord> Store::session(qint64 sittingId, qint64 candidateId)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE sitting_id = ? AND candidate_id = ?")
                  .arg(QLatin1String(kSessionColumns)));
    q.addBindValue(sittingId);
    q.addBindValue(candidateId);
    auto list = selectMany(q, readSessionRow);
    if (list.failed()) {
        return Read<SessionRecord>::failure(list.error());
    }
    return list->isEmpty() ? Read<SessionRecord>::notFound() : Read<SessionRecord>::found(list->first());
}

Read<SessionRecord> Store::createSession(qint64 sittingId, qint64 candidateId, std::uint64_t seed,
    double extraTimeSeconds, qint64 at, const QString &resumeHash)
{
    QString insertError;
    qint64 id = 0;
    const bool created = transaction([&] {
        double extra = extraTimeSeconds;
        if (extra < 0.0) {
            // The sitting's grant as it is now, the row held until this commits (PostgreSQL; SQLite's
            // write lock is already taken): a teacher changing it waits, then finds the session.
            QSqlQuery read = query();
            read.prepare(QStringLiteral("SELECT s.settings, c.code FROM sittings s JOIN candidates c ON c.id = ? "
                                        "WHERE s.id = ?%1")
                             .arg(m_engine == Engine::PostgreSQL ? QStringLiteral(" FOR SHARE OF s") : QString()));
            read.addBindValue(candidateId);
            read.addBindValue(sittingId);
            if (!read.exec() || !read.next()) {
                insertError = read.lastError().isValid() ? read.lastError().text() : tr("no such sitting or candidate");
                return false;
            }
            extra = extraMinutesFor(settingsFromText(read.value(0)), read.value(1).toString()) * 60.0;
            read.finish();
        }
        QSqlQuery q = query();
        q.prepare(QStringLiteral("INSERT INTO sessions (sitting_id, candidate_id, seed, state, started_at, "
                                 "finished_at, extra_time, resume_hash, resume_approved_at) VALUES (?, ?, ?, "
                                 "'running', ?, 0, ?, ?, 0) RETURNING id"));
        q.addBindValue(sittingId);
        q.addBindValue(candidateId);
        q.addBindValue(static_cast<qint64>(seed));
        q.addBindValue(at);
        q.addBindValue(extra);
        q.addBindValue(text(resumeHash));
        if (!q.exec() || !q.next()) {
            insertError = q.lastError().text();
            return false;
        }
        id = q.value(0).toLongLong();
        return true;
    });
    if (!created && !insertError.isEmpty()) {
        if (auto existing = session(sittingId, candidateId); existing || existing.failed()) {
            return existing; // created at the same moment elsewhere
        }
        fail(tr("cannot create the session: %1").arg(insertError));
    }
    if (!created) {
        return Read<SessionRecord>::failure(m_lastError);
    }
    auto stored = session(id);
    return stored || stored.failed() ? stored : Read<SessionRecord>::failure(tr("session %1 was not stored").arg(id));
}

Store::ResumeGrant Store::resumeSession(qint64 sessionId, const QString &tokenHash, const QString &newHash, qint64 now)
{
    ResumeGrant grant = ResumeGrant::Refused;
    const bool done = transaction([&] {
        QSqlQuery q = query();
        q.prepare(m_engine == Engine::SQLite
                ? QStringLiteral("SELECT resume_hash, resume_approved_at FROM sessions WHERE id = ?")
                : QStringLiteral("SELECT resume_hash, resume_approved_at FROM sessions WHERE id = ? FOR UPDATE"));
        q.addBindValue(sessionId);
        if (!q.exec()) {
            return fail(tr("cannot read the session: %1").arg(q.lastError().text()));
        }
        if (!q.next()) {
            return q.lastError().isValid() ? fail(tr("cannot read the session: %1").arg(q.lastError().text()))
                                           : fail(tr("no session #%1").arg(sessionId));
        }
        const QString stored = q.value(0).toString();
        const qint64 approvedAt = q.value(1).toLongLong();
        q.finish();
        // An approval serves once, within kResumeApprovalMs of being given.
        const bool approved = approvedAt > 0 && now >= approvedAt && now - approvedAt <= kResumeApprovalMs;
        if (!stored.isEmpty() && !tokenHash.isEmpty() && stored == tokenHash) {
            grant = ResumeGrant::Granted;
            // Back on its own computer: an approval still waiting is withdrawn.
            if (approvedAt > 0) {
                QSqlQuery clear = query();
                clear.prepare(QStringLiteral("UPDATE sessions SET resume_approved_at = 0 WHERE id = ?"));
                clear.addBindValue(sessionId);
                if (!clear.exec()) {
                    return fail(tr("cannot update the session: %1").arg(clear.lastError().text()));
                }
            }
            return true;
        }
        if (!approved) {
            grant = ResumeGrant::Refused;
            return true;
        }
        // The staff's approval is used once: the session now answers to the new token only.
        QSqlQuery take = query();
        take.prepare(QStringLiteral("UPDATE sessions SET resume_hash = ?, resume_approved_at = 0 WHERE id = ?"));
        take.addBindValue(text(newHash));
        take.addBindValue(sessionId);
        if (!take.exec()) {
            return fail(tr("cannot update the session: %1").arg(take.lastError().text()));
        }
        grant = ResumeGrant::GrantedNewToken;
        return true;
    });
    return done ? grant : ResumeGrant::Failed;
}

bool Store::allowResume(qint64 sessionId, qint64 at, const AuditEntry *audit)
{
    return transaction([&] {
        QSqlQuery q = query();
        q.prepare(QStringLiteral("UPDATE sessions SET resume_approved_at = ? WHERE id = ?"));
        q.addBindValue(std::max<qint64>(1, at));
        q.addBindValue(sessionId);
        if (!q.exec()) {
            return fail(tr("cannot change the session: %1").arg(q.lastError().text()));
        }
        return (q.numRowsAffected() == 1 || fail(tr("no session #%1").arg(sessionId)))
            && (!audit || insertAudit(*audit));
    });
}

Read<QList<SessionRecord>> Store::sessionsOfSitting(qint64 sittingId)
{
    QSqlQuery q = query();
    q.prepare(
        QStringLiteral("SELECT %1 FROM sessions WHERE sitting_id = ? ORDER BY id").arg(QLatin1String(kSessionColumns)));
    q.addBindValue(sittingId);
    return selectMany(q, readSessionRow);
}

Read<QList<SessionRecord>> Store::sessionsOfCandidate(qint64 candidateId)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE candidate_id = ? ORDER BY id")
                  .arg(QLatin1String(kSessionColumns)));
    q.addBindValue(candidateId);
    return selectMany(q, readSessionRow);
}

Read<QList<SessionOverviewRecord>> Store::sittingOverview(qint64 sittingId)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral(
        "SELECT s.id, s.sitting_id, s.candidate_id, s.seed, s.state, s.started_at, s.finished_at, s.extra_time, "
        "s.resume_hash, s.resume_approved_at, c.code, c.display_name, "
        "(SELECT COUNT(*) FROM events e WHERE e.session_id = s.id AND e.kind = 'answered'), "
        "(SELECT COUNT(*) FROM events e WHERE e.session_id = s.id AND e.kind = 'focus_lost'), "
        "(SELECT MAX(e.at) FROM events e WHERE e.session_id = s.id), "
        "r.session_id, r.theta, r.se, r.score, r.score_low, r.score_high, r.level, r.stop_reason, r.items, "
        "r.dimensions, r.computed_at, r.level_alternative, r.level_probability, r.fit, r.score_open, c.group_name "
        "FROM sessions s JOIN candidates c ON c.id = s.candidate_id LEFT JOIN results r ON r.session_id = s.id "
        "WHERE s.sitting_id = ? ORDER BY s.id"));
    q.addBindValue(sittingId);
    return selectMany(
        q, +[](const QSqlQuery &row) {
            SessionOverviewRecord o;
            o.session = readSession(row);
            o.candidateCode = row.value(10).toString();
            o.candidateName = row.value(11).toString();
            o.candidateGroup = row.value(30).toString();
            o.answers = row.value(12).toInt();
            o.focusLosses = row.value(13).toInt();
            o.lastEventAt = row.value(14).toLongLong();
            if (!row.value(15).isNull()) {
                o.result = readResult(row, 15);
            }
            return o;
        });
}

std::unique_ptr<SessionClaim> Store::claimSession(qint64 sessionId)
{
    std::unique_ptr<SessionClaim> claim(new SessionClaim);
    claim->m_sessionId = sessionId;
    if (m_engine == Engine::SQLite) {
        // Every program on this database is on this computer: a lock file, freed when its holder dies.
        const QFileInfo db(m_location);
        const QString folder = db.absoluteFilePath() + QStringLiteral(".locks");
        if (!QDir().mkpath(folder)) {
            fail(tr("cannot create the folder %1").arg(folder));
            return nullptr;
        }
        QFile::setPermissions(folder, kOwnerOnlyFolder);
        claim->m_lockFile
            = std::make_unique<QLockFile>(QStringLiteral("%1/session-%2.lock").arg(folder).arg(sessionId));
        claim->m_lockFile->setStaleLockTime(0); // stale only when its holder is gone
        if (!claim->m_lockFile->tryLock(0)) {
            const bool held = claim->m_lockFile->error() == QLockFile::LockFailedError;
            fail(held ? tr("this test is already open in another AICET program on this computer")
                      : tr("cannot lock the session in %1").arg(folder));
            return nullptr;
        }
    } else {
        // A session-level advisory lock: the server frees it when the holder's connection ends.
        QSqlQuery q = query();
        q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(CAST(? AS BIGINT))"));
        q.addBindValue(claimKey(sessionId));
        if (!q.exec() || !q.next()) {
            fail(tr("cannot lock the session: %1").arg(q.lastError().text()));
            return nullptr;
        }
        if (!q.value(0).toBool()) {
            fail(tr("this test is already open in another AICET program (on this computer or another)"));
            return nullptr;
        }
    }
    claim->m_store = this;
    return claim;
}

void Store::releaseClaim(SessionClaim *claim)
{
    if (m_engine == Engine::PostgreSQL) {
        QSqlQuery q = query();
        q.prepare(QStringLiteral("SELECT pg_advisory_unlock(CAST(? AS BIGINT))"));
        q.addBindValue(claimKey(claim->m_sessionId));
        q.exec();
    }
    claim->m_lockFile.reset();
}

Store::AppendResult Store::appendEvent(
    EventRecord *e, const ResultRecord *result, int expectedLastSeq, const AuditEntry *audit)
{
    QString error;
    if (!begin(&error)) {
        fail(error);
        return AppendResult::Failed;
    }
    auto abort = [&](const QString &message, AppendResult outcome) {
        rollback();
        if (outcome == AppendResult::Failed) {
            fail(message);
        } else {
            m_lastError = message;
        }
        return outcome;
    };
    // Lock the session's row: appends to one session are serialised (PostgreSQL; SQLite's
    // IMMEDIATE transaction already holds the write lock), so sequence numbers never collide and
    // the state read here stays true until the commit.
    QSqlQuery current = query();
    current.prepare(m_engine == Engine::SQLite ? QStringLiteral("SELECT state FROM sessions WHERE id = ?")
                                               : QStringLiteral("SELECT state FROM sessions WHERE id = ? FOR UPDATE"));
    current.addBindValue(e->sessionId);
    if (!current.exec() || !current.next()) {
        return abort(current.lastError().isValid() ? tr("cannot read the session: %1").arg(current.lastError().text())
                                                   : tr("no session #%1").arg(e->sessionId),
            AppendResult::Failed);
    }
    const SessionState state = parseSessionState(current.value(0).toString()).value_or(SessionState::Abandoned);
    current.finish();
    const bool answer = e->kind == EventKind::Answered;
    if (answer) {
        QSqlQuery existing = query();
        existing.prepare(QStringLiteral("SELECT item_id, response, category FROM events WHERE session_id = ? AND "
                                        "answer_position = ?"));
        existing.addBindValue(e->sessionId);
        existing.addBindValue(e->position);
        if (!existing.exec()) {
            return abort(tr("cannot read the answers: %1").arg(existing.lastError().text()), AppendResult::Failed);
        }
        if (existing.next()) {
            const bool same = existing.value(0).toString() == e->itemId && jsonObject(existing.value(1)) == e->response
                && existing.value(2).toInt() == e->category;
            existing.finish();
            return same ? abort({}, AppendResult::Duplicate)
                        : abort(tr("position %1 was already answered with another answer").arg(e->position),
                            AppendResult::Conflict);
        }
    }
    const auto next = stateAfter(state, e->kind);
    if (!next) {
        return abort(
            tr("the session is %1: \"%2\" cannot be recorded").arg(name(state), name(e->kind)), AppendResult::Refused);
    }
    const bool ends = *next == SessionState::Finished || *next == SessionState::Abandoned;
    Q_ASSERT(!ends || result);
    QSqlQuery seq = query();
    seq.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events WHERE session_id = ?"));
    seq.addBindValue(e->sessionId);
    if (!seq.exec() || !seq.next()) {
        return abort(tr("cannot read the event log: %1").arg(seq.lastError().text()), AppendResult::Failed);
    }
    e->seq = seq.value(0).toInt() + 1;
    seq.finish();
    if (expectedLastSeq >= 0 && e->seq != expectedLastSeq + 1) {
        return abort(tr("the session's log moved on meanwhile (event %1, not %2)").arg(e->seq - 1).arg(expectedLastSeq),
            AppendResult::Moved);
    }
    QSqlQuery q = query();
    q.prepare(QStringLiteral("INSERT INTO events (session_id, seq, kind, at, position, item_id, response, category, "
                             "payload, answer_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(e->sessionId);
    q.addBindValue(e->seq);
    q.addBindValue(QString(name(e->kind)));
    q.addBindValue(e->at);
    q.addBindValue(nullableInt(e->position));
    q.addBindValue(nullableText(e->itemId));
    q.addBindValue(e->response.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(jsonText(e->response)));
    q.addBindValue(nullableInt(e->category));
    q.addBindValue(e->payload.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(jsonText(e->payload)));
    q.addBindValue(answer ? QVariant(e->position) : QVariant(QMetaType(QMetaType::Int)));
    if (!q.exec() || !q.next()) {
        return abort(tr("cannot record the event: %1").arg(q.lastError().text()), AppendResult::Failed);
    }
    e->id = q.value(0).toLongLong();
    q.finish();
    if (*next != state || ends) {
        QSqlQuery update = query();
        // An approval to resume elsewhere lapses when the session ends.
        update.prepare(ends
                ? QStringLiteral("UPDATE sessions SET state = ?, finished_at = ?, resume_approved_at = 0 WHERE id = ?")
                : QStringLiteral("UPDATE sessions SET state = ?, finished_at = ? WHERE id = ?"));
        update.addBindValue(QString(name(*next)));
        update.addBindValue(ends ? e->at : qint64(0));
        update.addBindValue(e->sessionId);
        if (!update.exec()) {
            return abort(tr("cannot update the session: %1").arg(update.lastError().text()), AppendResult::Failed);
        }
    }
    if (ends || e->kind == EventKind::Reopened) {
        QSqlQuery del = query();
        del.prepare(QStringLiteral("DELETE FROM results WHERE session_id = ?"));
        del.addBindValue(e->sessionId);
        if (!del.exec()) {
            return abort(tr("cannot save the result: %1").arg(del.lastError().text()), AppendResult::Failed);
        }
    }
    if (ends && result) {
        // A result that is not a finite number is refused, never stored.
        bool finite = std::isfinite(result->theta) && std::isfinite(result->se) && std::isfinite(result->score)
            && std::isfinite(result->scoreLow) && std::isfinite(result->scoreHigh);
        for (const scoring::DimensionResult &d : result->dimensions) {
            finite = finite && std::isfinite(d.theta) && std::isfinite(d.se);
        }
        if (!finite) {
            return abort(tr("the result is not a finite number: it is not stored"), AppendResult::Failed);
        }
        QSqlQuery r = query();
        r.prepare(QStringLiteral("INSERT INTO results (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kResultColumns)));
        for (const QVariant &v : {QVariant(e->sessionId), QVariant(result->theta), QVariant(result->se),
                 QVariant(result->score), QVariant(result->scoreLow), QVariant(result->scoreHigh), text(result->level),
                 text(result->stopReason), QVariant(result->items), QVariant(dimensionsText(result->dimensions)),
                 QVariant(result->computedAt), text(result->levelAlternative), QVariant(result->levelProbability),
                 QVariant(QString::fromUtf8(QJsonDocument(result->fit.toJson()).toJson(QJsonDocument::Compact))),
                 text(result->scoreLowOpen ? (result->scoreHighOpen ? QStringLiteral("both") : QStringLiteral("low"))
                                           : (result->scoreHighOpen ? QStringLiteral("high") : QString()))}) {
            r.addBindValue(v);
        }
        if (!r.exec()) {
            return abort(tr("cannot save the result: %1").arg(r.lastError().text()), AppendResult::Failed);
        }
    }
    if (audit && !insertAudit(*audit)) {
        return abort(m_lastError, AppendResult::Failed);
    }
    if (m_failingKind == e->kind) {
        return abort(
            tr("cannot save to the database: %1").arg(QStringLiteral("injected fault (test)")), AppendResult::Failed);
    }
    if (!exec(QStringLiteral("COMMIT"), &error)) {
        return abort(tr("cannot save to the database: %1").arg(error), AppendResult::Failed);
    }
    m_lastError.clear();
    return AppendResult::Appended;
}

Read<QList<EventRecord>> Store::events(qint64 sessionId, int afterSeq)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE session_id = ? AND seq > ? ORDER BY seq")
                  .arg(QLatin1String(kEventColumns)));
    q.addBindValue(sessionId);
    q.addBindValue(afterSeq);
    return selectMany(q, readEvent);
}

Read<QList<EventRecord>> Store::sittingEvents(qint64 sittingId, const QList<EventKind> &kinds, bool underWayOnly)
{
    QString where = QStringLiteral("s.sitting_id = ?");
    if (underWayOnly) {
        where += QStringLiteral(" AND s.state IN ('%1', '%2')")
                     .arg(name(SessionState::Running), name(SessionState::Paused));
    }
    if (!kinds.isEmpty()) {
        QStringList names;
        for (const EventKind kind : kinds) {
            names.append(QStringLiteral("'%1'").arg(name(kind)));
        }
        where += QStringLiteral(" AND e.kind IN (%1)").arg(names.join(QLatin1Char(',')));
    }
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT e.id, e.session_id, e.seq, e.kind, e.at, e.position, e.item_id, e.response, "
                             "e.category, e.payload FROM events e JOIN sessions s ON s.id = e.session_id WHERE %1 "
                             "ORDER BY e.session_id, e.seq")
                  .arg(where));
    q.addBindValue(sittingId);
    return selectMany(q, readEvent);
}

Read<QList<ItemAnswerRecord>> Store::answersToItem(const QString &bankId, const QString &itemId)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT e.session_id, e.category, e.response, r.theta FROM events e JOIN sessions s ON "
                             "s.id = e.session_id JOIN sittings t ON t.id = s.sitting_id LEFT JOIN results r ON "
                             "r.session_id = s.id WHERE t.bank_id = ? AND e.item_id = ? AND e.kind = 'answered' "
                             "ORDER BY e.session_id"));
    q.addBindValue(bankId);
    q.addBindValue(itemId);
    return selectMany(
        q, +[](const QSqlQuery &row) {
            ItemAnswerRecord a;
            a.sessionId = row.value(0).toLongLong();
            a.category = row.value(1).toInt();
            a.response = jsonObject(row.value(2));
            if (!row.value(3).isNull()) {
                a.theta = row.value(3).toDouble();
            }
            return a;
        });
}

Read<BankUseRecord> Store::bankUse(const QString &bankId)
{
    BankUseRecord use;
    QSqlQuery sessions = query();
    sessions.prepare(
        QStringLiteral("SELECT COUNT(*) FROM sessions s JOIN sittings t ON t.id = s.sitting_id WHERE t.bank_id = ?"));
    sessions.addBindValue(bankId);
    if (!sessions.exec() || !sessions.next()) {
        return Read<BankUseRecord>::failure(tr("cannot read the sessions: %1").arg(sessions.lastError().text()));
    }
    use.sessions = sessions.value(0).toInt();
    sessions.finish();
    QSqlQuery answers = query();
    answers.prepare(QStringLiteral("SELECT e.item_id, COUNT(*) FROM events e JOIN sessions s ON s.id = e.session_id "
                                   "JOIN sittings t ON t.id = s.sitting_id WHERE t.bank_id = ? AND e.kind = "
                                   "'answered' GROUP BY e.item_id"));
    answers.addBindValue(bankId);
    if (!answers.exec()) {
        return Read<BankUseRecord>::failure(tr("cannot read the answers: %1").arg(answers.lastError().text()));
    }
    while (answers.next()) {
        use.answers.insert(answers.value(0).toString(), answers.value(1).toInt());
    }
    return Read<BankUseRecord>::found(use);
}

namespace {

constexpr char kReleaseColumns[] = "r.id, r.bank_id, r.version, r.content_hash, r.created_at, r.created_by, r.note, "
                                   "(SELECT COUNT(*) FROM bank_release_files f WHERE f.release_id = r.id), "
                                   "(SELECT COALESCE(SUM(LENGTH(f.content)), 0) FROM bank_release_files f WHERE "
                                   "f.release_id = r.id)";

BankReleaseRecord readRelease(const QSqlQuery &q)
{
    BankReleaseRecord r;
    r.id = q.value(0).toLongLong();
    r.bankId = q.value(1).toString();
    r.version = q.value(2).toString();
    r.contentHash = q.value(3).toString();
    r.createdAt = q.value(4).toLongLong();
    r.createdBy = q.value(5).toString();
    r.note = q.value(6).toString();
    r.files = q.value(7).toInt();
    r.bytes = q.value(8).toLongLong();
    return r;
}

BankFileRecord readReleaseFile(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toByteArray()};
}

} // namespace

bool Store::saveBankRelease(
    const BankReleaseRecord &release, const QList<BankFileRecord> &files, bool *kept, const AuditEntry *audit)
{
    bool inserted = false;
    const bool ok = transaction([&] {
        // One release per content: whoever kept it first (in this or another program) stands.
        QSqlQuery exists = query();
        exists.prepare(QStringLiteral("SELECT id FROM bank_releases WHERE content_hash = ?"));
        exists.addBindValue(release.contentHash);
        if (!exists.exec()) {
            return fail(tr("cannot read the bank releases: %1").arg(exists.lastError().text()));
        }
        if (exists.next()) {
            return true;
        }
        exists.finish();
        QSqlQuery insert = query();
        // Another program keeping the same content at the same moment: its row stands.
        insert.prepare(QStringLiteral("INSERT INTO bank_releases (bank_id, version, content_hash, created_at, "
                                      "created_by, note) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO "
                                      "NOTHING RETURNING id"));
        insert.addBindValue(text(release.bankId));
        insert.addBindValue(text(release.version));
        insert.addBindValue(text(release.contentHash));
        insert.addBindValue(release.createdAt);
        insert.addBindValue(text(release.createdBy));
        insert.addBindValue(text(release.note));
        if (!insert.exec()) {
            return fail(tr("cannot record the bank release: %1").arg(insert.lastError().text()));
        }
        if (!insert.next()) {
            return true; // kept meanwhile by another program
        }
        const qint64 id = insert.value(0).toLongLong();
        insert.finish();
        for (const BankFileRecord &f : files) {
            QSqlQuery file = query();
            file.prepare(QStringLiteral("INSERT INTO bank_release_files (release_id, path, content) VALUES (?, ?, ?)"));
            file.addBindValue(id);
            file.addBindValue(text(f.path));
            file.addBindValue(f.content.isNull() ? QByteArray("") : f.content); // an empty file is not NULL
            if (!file.exec()) {
                return fail(tr("cannot record the bank release's file %1: %2").arg(f.path, file.lastError().text()));
            }
        }
        inserted = true;
        return !audit || insertAudit(*audit);
    });
    if (kept) {
        *kept = ok && inserted;
    }
    return ok;
}

Read<QList<BankReleaseRecord>> Store::bankReleases(const QString &bankId)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT %1 FROM bank_releases r WHERE r.bank_id = ? ORDER BY r.created_at DESC, r.id DESC")
                  .arg(QLatin1String(kReleaseColumns)));
    q.addBindValue(bankId);
    return selectMany(q, readRelease);
}

Read<BankReleaseRecord> Store::bankRelease(const QString &contentHash)
{
    QSqlQuery q = query();
    q.prepare(
        QStringLiteral("SELECT %1 FROM bank_releases r WHERE r.content_hash = ?").arg(QLatin1String(kReleaseColumns)));
    q.addBindValue(contentHash);
    auto list = selectMany(q, readRelease);
    if (list.failed()) {
        return Read<BankReleaseRecord>::failure(list.error());
    }
    return list->isEmpty() ? Read<BankReleaseRecord>::notFound() : Read<BankReleaseRecord>::found(list->first());
}

Read<QList<BankFileRecord>> Store::bankReleaseFiles(const QString &contentHash)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT f.path, f.content FROM bank_release_files f JOIN bank_releases r ON r.id = "
                             "f.release_id WHERE r.content_hash = ? ORDER BY f.path"));
    q.addBindValue(contentHash);
    return selectMany(q, readReleaseFile);
}

Read<ResultRecord> Store::result(qint64 sessionId)
{
    return selectOne<ResultRecord>("results", kResultColumns, "session_id", sessionId, readResultRow);
}

bool Store::insertAudit(const AuditEntry &a)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, target, details) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(a.at);
    q.addBindValue(text(a.actor));
    q.addBindValue(text(a.action));
    q.addBindValue(text(a.target));
    q.addBindValue(text(a.details));
    return q.exec() || fail(tr("cannot record in the audit log: %1").arg(q.lastError().text()));
}

bool Store::audit(qint64 at, const QString &actor, const QString &action, const QString &target, const QString &details)
{
    return transaction([&] { return insertAudit({at, actor, action, target, details}); });
}

namespace {

const char kDocumentColumns[] = "number, session_id, kind, message_hash, key_id, issued_at, revoked_at, revoked_reason";

DocumentRecord readDocument(const QSqlQuery &q)
{
    DocumentRecord d;
    d.number = q.value(0).toString();
    d.sessionId = q.value(1).toLongLong();
    d.kind = q.value(2).toString();
    d.messageHash = q.value(3).toString();
    d.keyId = q.value(4).toString();
    d.issuedAt = q.value(5).toLongLong();
    d.revokedAt = q.value(6).toLongLong();
    d.revokedReason = q.value(7).toString();
    return d;
}

} // namespace

Read<DocumentRecord> Store::document(const QString &number)
{
    return selectOne<DocumentRecord>("documents", kDocumentColumns, "number", number, readDocument);
}

Read<QList<DocumentRecord>> Store::documentsOfSession(qint64 sessionId)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT %1 FROM documents WHERE session_id = ? ORDER BY issued_at, number")
                  .arg(QLatin1String(kDocumentColumns)));
    q.addBindValue(sessionId);
    return selectMany(q, readDocument);
}

Read<QList<DocumentRecord>> Store::revokedDocuments()
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT %1 FROM documents WHERE revoked_at > 0 ORDER BY revoked_at, number")
                  .arg(QLatin1String(kDocumentColumns)));
    return selectMany(q, readDocument);
}

bool Store::recordDocument(const DocumentRecord &d, const DocumentRecord *supersedes, const AuditEntry *audit)
{
    return transaction([&] {
        if (supersedes) {
            QSqlQuery revoke = query();
            revoke.prepare(QStringLiteral(
                "UPDATE documents SET revoked_at = ?, revoked_reason = ? WHERE number = ? AND revoked_at = 0"));
            revoke.addBindValue(d.issuedAt);
            revoke.addBindValue(text(supersedes->revokedReason));
            revoke.addBindValue(supersedes->number);
            if (!revoke.exec()) {
                return fail(tr("cannot update the register of documents: %1").arg(revoke.lastError().text()));
            }
            // Another program replaced it meanwhile: nothing is issued twice.
            if (revoke.numRowsAffected() != 1) {
                return fail(tr("document %1 was replaced meanwhile: issue again").arg(supersedes->number));
            }
        }
        QSqlQuery q = query();
        q.prepare(QStringLiteral("INSERT INTO documents (number, session_id, kind, message_hash, key_id, issued_at, "
                                 "revoked_at, revoked_reason) VALUES (?, ?, ?, ?, ?, ?, 0, '')"));
        q.addBindValue(d.number);
        q.addBindValue(d.sessionId);
        q.addBindValue(text(d.kind));
        q.addBindValue(text(d.messageHash));
        q.addBindValue(text(d.keyId));
        q.addBindValue(d.issuedAt);
        if (!q.exec()) {
            return fail(tr("cannot record the document %1: %2").arg(d.number, q.lastError().text()));
        }
        return !audit || insertAudit(*audit);
    });
}

bool Store::revokeDocument(const QString &number, qint64 at, const QString &reason, const AuditEntry *audit)
{
    bool found = false;
    const bool done = transaction([&] {
        QSqlQuery q = query();
        q.prepare(QStringLiteral(
            "UPDATE documents SET revoked_at = ?, revoked_reason = ? WHERE number = ? AND revoked_at = 0"));
        q.addBindValue(std::max<qint64>(1, at));
        q.addBindValue(text(reason));
        q.addBindValue(number);
        if (!q.exec()) {
            return fail(tr("cannot update the register of documents: %1").arg(q.lastError().text()));
        }
        found = q.numRowsAffected() == 1;
        return (found || fail(tr("no document %1 that is not already revoked").arg(number)))
            && (!audit || insertAudit(*audit));
    });
    return done;
}

QString staffRoleName(StaffRole role)
{
    switch (role) {
    case StaffRole::Teacher:
        return QStringLiteral("teacher");
    case StaffRole::Trainer:
        return QStringLiteral("trainer");
    case StaffRole::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<StaffRole> staffRoleFromName(const QString &name)
{
    for (const StaffRole role : {StaffRole::Teacher, StaffRole::Trainer, StaffRole::Administrator}) {
        if (staffRoleName(role) == name) {
            return role;
        }
    }
    return std::nullopt;
}

Read<StaffRecord> Store::staffMember(const QString &name)
{
    return selectOne<StaffRecord>("staff", kStaffColumns, "name_key", staffKey(name), readStaff);
}

Read<StaffRecord> Store::staffMemberById(qint64 id)
{
    return selectOne<StaffRecord>("staff", kStaffColumns, "id", id, readStaff);
}

Read<QList<StaffRecord>> Store::staffMembers()
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT %1 FROM staff ORDER BY name_key").arg(QLatin1String(kStaffColumns)));
    return selectMany(q, readStaff);
}

bool Store::createStaffMember(StaffRecord *record, bool onlyIfNone, const AuditEntry *audit)
{
    return transaction([&] {
        if (m_engine == Engine::PostgreSQL) {
            // Two programs creating the first administrator at once: one waits for the other.
            QString error;
            if (!exec(QStringLiteral("SELECT pg_advisory_xact_lock(1095320405)"), &error)) {
                return fail(error);
            }
        }
        QSqlQuery existing = query();
        existing.prepare(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN name_key = ? THEN 1 ELSE 0 END) FROM staff"));
        existing.addBindValue(staffKey(record->name));
        if (!existing.exec() || !existing.next()) {
            return fail(tr("cannot read the staff accounts: %1").arg(existing.lastError().text()));
        }
        if (onlyIfNone && existing.value(0).toLongLong() > 0) {
            return fail(tr("the database already has staff accounts: the first administrator exists"));
        }
        if (existing.value(1).toLongLong() > 0) {
            return fail(tr("there is already a staff account named \"%1\"").arg(record->name.simplified()));
        }
        existing.finish();
        QSqlQuery q = query();
        q.prepare(QStringLiteral("INSERT INTO staff (name, name_key, role, password_hash, created_at, failed_attempts, "
                                 "blocked_until, disabled) VALUES (?, ?, ?, ?, ?, 0, 0, 0)"));
        q.addBindValue(record->name.simplified());
        q.addBindValue(staffKey(record->name));
        q.addBindValue(staffRoleName(record->role));
        q.addBindValue(record->passwordHash);
        q.addBindValue(record->createdAt);
        if (!q.exec()) {
            return fail(tr("cannot add the staff account \"%1\": %2").arg(record->name, q.lastError().text()));
        }
        q.finish();
        const auto added = staffMember(record->name);
        if (!added) {
            return fail(tr("cannot read the staff account \"%1\" back").arg(record->name));
        }
        *record = *added;
        return !audit || insertAudit(*audit);
    });
}

bool Store::recordSignIn(qint64 id, int failedAttempts, qint64 blockedUntil, const AuditEntry *audit)
{
    return transaction([&] {
        QSqlQuery q = query();
        q.prepare(QStringLiteral("UPDATE staff SET failed_attempts = ?, blocked_until = ? WHERE id = ?"));
        q.addBindValue(failedAttempts);
        q.addBindValue(blockedUntil);
        q.addBindValue(id);
        if (!q.exec() || q.numRowsAffected() != 1) {
            return fail(tr("cannot record the sign-in: %1").arg(q.lastError().text()));
        }
        return !audit || insertAudit(*audit);
    });
}

bool Store::setStaffPassword(qint64 id, const QString &passwordHash, const AuditEntry *audit)
{
    return transaction([&] {
        QSqlQuery q = query();
        q.prepare(
            QStringLiteral("UPDATE staff SET password_hash = ?, failed_attempts = 0, blocked_until = 0 WHERE id = ?"));
        q.addBindValue(passwordHash);
        q.addBindValue(id);
        if (!q.exec() || q.numRowsAffected() != 1) {
            return fail(tr("cannot change the password: %1").arg(q.lastError().text()));
        }
        return !audit || insertAudit(*audit);
    });
}

bool Store::setStaffDisabled(qint64 id, bool disabled, const AuditEntry *audit)
{
    return transaction([&] {
        QSqlQuery q = query();
        q.prepare(QStringLiteral("UPDATE staff SET disabled = ? WHERE id = ?"));
        q.addBindValue(disabled ? 1 : 0);
        q.addBindValue(id);
        if (!q.exec() || q.numRowsAffected() != 1) {
            return fail(tr("cannot change the staff account: %1").arg(q.lastError().text()));
        }
        return !audit || insertAudit(*audit);
    });
}

// Classes with their number of pupils.
constexpr char kClassSelect[] = "SELECT c.id, c.name, c.owner_id, c.created_at, (SELECT COUNT(*) FROM class_pupils p "
                                "WHERE p.class_id = c.id) FROM classes c";
constexpr char kClassPupilColumns[] = "id, class_id, last_name, first_name, identifier, code, created_at, extra_time";

Read<QList<ClassRecord>> Store::classes(qint64 ownerId)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("%1%2 ORDER BY c.name_key")
                  .arg(QLatin1String(kClassSelect), ownerId > 0 ? QStringLiteral(" WHERE c.owner_id = ?") : QString()));
    if (ownerId > 0) {
        q.addBindValue(ownerId);
    }
    return selectMany(q, readClass);
}

// The class a condition on `c` selects, with its number of pupils.
Read<ClassRecord> Store::classWhere(const QString &condition, const QVariantList &values)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("%1 WHERE %2").arg(QLatin1String(kClassSelect), condition));
    for (const QVariant &v : values) {
        q.addBindValue(v);
    }
    auto all = selectMany(q, readClass);
    if (all.failed()) {
        return Read<ClassRecord>::failure(all.error());
    }
    return all->isEmpty() ? Read<ClassRecord>::notFound() : Read<ClassRecord>::found(all->first());
}

Read<ClassRecord> Store::classById(qint64 id)
{
    return classWhere(QStringLiteral("c.id = ?"), {id});
}

Read<ClassRecord> Store::classNamed(qint64 ownerId, const QString &name)
{
    return classWhere(QStringLiteral("c.owner_id = ? AND c.name_key = ?"), {ownerId, staffKey(name)});
}

bool Store::createClass(ClassRecord *record, const AuditEntry *audit)
{
    return transaction([&] {
        QSqlQuery q = query();
        q.prepare(QStringLiteral("INSERT INTO classes (name, name_key, owner_id, created_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(record->name.simplified());
        q.addBindValue(staffKey(record->name));
        q.addBindValue(record->ownerId);
        q.addBindValue(record->createdAt);
        if (!q.exec()) {
            return fail(tr("cannot add the class \"%1\" (is there one of that name already?): %2")
                            .arg(record->name.simplified(), q.lastError().text()));
        }
        q.finish();
        const auto added = classNamed(record->ownerId, record->name);
        if (!added) {
            return fail(tr("cannot read the class \"%1\" back").arg(record->name));
        }
        *record = *added;
        return !audit || insertAudit(*audit);
    });
}

Read<QList<ClassPupilRecord>> Store::classPupils(qint64 classId)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT %1 FROM class_pupils WHERE class_id = ? ORDER BY last_name, first_name, id")
                  .arg(QLatin1String(kClassPupilColumns)));
    q.addBindValue(classId);
    return selectMany(q, readClassPupil);
}

Read<ClassPupilRecord> Store::classPupilById(qint64 id)
{
    return selectOne<ClassPupilRecord>("class_pupils", kClassPupilColumns, "id", id, readClassPupil);
}

Read<ClassPupilRecord> Store::classPupilByCode(const QString &code)
{
    return selectOne<ClassPupilRecord>("class_pupils", kClassPupilColumns, "code_key", codeKey(code), readClassPupil);
}

bool Store::addClassPupils(QList<ClassPupilRecord> *pupils, const AuditEntry *audit)
{
    return transaction([&] {
        for (ClassPupilRecord &p : *pupils) {
            QSqlQuery q = query();
            q.prepare(QStringLiteral("INSERT INTO class_pupils (class_id, last_name, first_name, identifier, code, "
                                     "code_key, created_at, extra_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(p.classId);
            q.addBindValue(text(p.lastName));
            q.addBindValue(text(p.firstName));
            q.addBindValue(text(p.identifier));
            q.addBindValue(p.code);
            q.addBindValue(codeKey(p.code));
            q.addBindValue(p.createdAt);
            q.addBindValue(int(p.extraTime));
            if (!q.exec()) {
                return fail(tr("cannot add the pupil %1 %2: %3").arg(p.firstName, p.lastName, q.lastError().text()));
            }
            q.finish();
            const auto added = classPupilByCode(p.code);
            if (!added) {
                return fail(tr("cannot read the pupil %1 %2 back").arg(p.firstName, p.lastName));
            }
            p.id = added->id;
        }
        return !audit || insertAudit(*audit);
    });
}

bool Store::updateClassPupil(const ClassPupilRecord &pupil, const AuditEntry *audit)
{
    return transaction([&] {
        QSqlQuery q = query();
        q.prepare(QStringLiteral(
            "UPDATE class_pupils SET class_id = ?, last_name = ?, first_name = ?, identifier = ?, extra_time = ? WHERE "
            "id = ?"));
        q.addBindValue(pupil.classId);
        q.addBindValue(text(pupil.lastName));
        q.addBindValue(text(pupil.firstName));
        q.addBindValue(text(pupil.identifier));
        q.addBindValue(int(pupil.extraTime));
        q.addBindValue(pupil.id);
        if (!q.exec() || q.numRowsAffected() != 1) {
            return fail(tr("cannot change the pupil: %1").arg(q.lastError().text()));
        }
        return !audit || insertAudit(*audit);
    });
}

bool Store::removeClassPupil(qint64 id, const AuditEntry *audit)
{
    return transaction([&] {
        QSqlQuery q = query();
        q.prepare(QStringLiteral("DELETE FROM class_pupils WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || q.numRowsAffected() != 1) {
            return fail(tr("cannot remove the pupil: %1").arg(q.lastError().text()));
        }
        return !audit || insertAudit(*audit);
    });
}

Read<QList<AuditEntry>> Store::auditLog()
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT at, actor, action, target, details FROM audit_log ORDER BY id"));
    return selectMany(q, readAudit);
}

bool Store::limitGrowthForTests(int extraPages)
{
    if (m_engine != Engine::SQLite) {
        return fail(tr("only SQLite databases can be limited"));
    }
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("PRAGMA page_count")) || !q.next()) {
        return fail(q.lastError().text());
    }
    const qint64 pages = q.value(0).toLongLong() + extraPages;
    q.finish();
    return q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)) || fail(q.lastError().text());
}

} // namespace aicet::store
