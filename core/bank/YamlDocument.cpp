#include "bank/YamlDocument.h"

#include "Translate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>

namespace aicet::yaml {
namespace {

// Thrown by the handler to stop the parser at the first refused construct.
struct Refused
{
    QString message;
    YAML::Mark mark;
};

class TreeBuilder : public YAML::EventHandler
{
public:
    explicit TreeBuilder(const Limits &limits)
        : m_limits(limits)
    {
    }

    std::optional<Node> result;

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        if (++m_documents > 1) {
            throw Refused{YamlText::tr("a bank file holds one YAML document; remove the '---' separator"), mark};
        }
    }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        checkAnchor(mark, anchor);
        add(make(Node::Kind::Null, mark));
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override { refuseAlias(mark); }
    void OnAnchor(const YAML::Mark &mark, const std::string &) override { refuseAlias(mark); }
    void OnScalar(
        const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, const std::string &value) override
    {
        checkAnchor(mark, anchor);
        Node n = make(Node::Kind::Scalar, mark);
        n.plain = tag == "?";
        n.scalar = value;
        add(std::move(n));
    }
    void OnSequenceStart(
        const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(Node::Kind::Sequence, mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(
        const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(Node::Kind::Mapping, mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    Node make(Node::Kind kind, const YAML::Mark &mark)
    {
        if (++m_nodes > m_limits.maxNodes) {
            throw Refused{YamlText::tr("too many values in one file (more than %1)").arg(m_limits.maxNodes), mark};
        }
        Node n;
        n.kind = kind;
        n.line = mark.line + 1;
        n.column = mark.column + 1;
        n.pos = mark.pos;
        return n;
    }
    void refuseAlias(const YAML::Mark &mark)
    {
        throw Refused{
            YamlText::tr("anchors (&name) and aliases (*name) are not allowed in bank files; write the value out"),
            mark};
    }
    void checkAnchor(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor) {
            refuseAlias(mark);
        }
    }
    void open(Node::Kind kind, const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        checkAnchor(mark, anchor);
        if (static_cast<int>(m_stack.size()) >= m_limits.maxDepth) {
            throw Refused{YamlText::tr("values nested more than %1 levels deep").arg(m_limits.maxDepth), mark};
        }
        m_stack.push_back(make(kind, mark));
    }
    void close()
    {
        Node n = std::move(m_stack.back());
        m_stack.pop_back();
        add(std::move(n));
    }
    void add(Node n)
    {
        if (m_stack.empty()) {
            result = std::move(n);
        } else {
            m_stack.back().children.push_back(std::move(n));
        }
    }

    const Limits &m_limits;
    std::vector<Node> m_stack;
    qint64 m_nodes = 0;
    int m_documents = 0;
};

} // namespace

const Node *Node::find(const char *name) const
{
    if (kind != Kind::Mapping) {
        return nullptr;
    }
    for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
        if (children[i].kind == Kind::Scalar && children[i].scalar == name) {
            return &children[i + 1];
        }
    }
    return nullptr;
}

QString Node::kindName() const
{
    switch (kind) {
    case Kind::Null:
        return YamlText::tr("nothing");
    case Kind::Scalar:
        return YamlText::tr("a single value");
    case Kind::Sequence:
        return YamlText::tr("a list");
    case Kind::Mapping:
        return YamlText::tr("a mapping");
    }
    return {};
}
// yaml-cpp says "end of map flow not found" for an apostrophe inside single quotes, a colon in an
// unquoted text and a quote never closed alike. The line it points at (or the ones just before,
// where the problem often is) tells which, in a trainer's words; the parser's own words follow.
namespace {

// A line's double quotes that open or close a text: not those escaped (\"), inside a
// single-quoted text, or in a comment.
qsizetype openingQuotes(QString text)
{
    static const QRegularExpression singleQuoted(QStringLiteral("'[^']*'"));
    static const QRegularExpression comment(QStringLiteral("(^|\\s)#.*$"));
    text.replace(QStringLiteral("\\\\"), QString()).replace(QStringLiteral("\\\""), QString());
    text.remove(singleQuoted);
    text.remove(comment);
    return text.count(QLatin1Char('"'));
}

QString explainSyntaxError(const QByteArray &data, int *line, int *column, const QString &parserMessage)
{
    // Only the messages these mistakes give; any other keeps the parser's words and place.
    static const QStringList explained{QStringLiteral("end of map flow not found"),
        QStringLiteral("end of map not found"), QStringLiteral("illegal map value"),
        QStringLiteral("end of sequence flow not found"), QStringLiteral("end of sequence not found")};
    if (!explained.contains(parserMessage)) {
        return YamlText::tr("YAML syntax: %1 (check the quotes, colons and brackets of this line and the one before)")
            .arg(parserMessage);
    }
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    // A single-quoted text closed by an apostrophe: 'L'IA… (a quote, some text, a quote, then a
    // letter right after; an apostrophe written twice, '', is not one).
    static const QRegularExpression apostrophe(
        QStringLiteral("(?:^|[:\\[{,-])\\s*'([^']+)'(\\p{L})"), QRegularExpression::UseUnicodePropertiesOption);
    // An unquoted value holding ": " (read as a new field): "fr: Attention: …".
    static const QRegularExpression colon(
        QStringLiteral("(?:^\\s*(?:-\\s+)?|[{,]\\s*)([A-Za-z_][\\w-]*):\\s+([^\\s\"'{\\[#][^,}\\]#]*?):\\s"));
    const auto says = [&](int n, qsizetype at, const QString &explanation) {
        *line = n;
        *column = static_cast<int>(at) + 1;
        return YamlText::tr("YAML syntax, line %1: %2 (the parser says: %3)").arg(n).arg(explanation, parserMessage);
    };
    for (int n = *line; n >= 1 && n >= *line - 3 && n <= lines.size(); --n) {
        const QString text = lines[n - 1];
        if (text.trimmed().startsWith(QLatin1Char('#'))) {
            continue;
        }
        // Double quotes: an odd number leaves a text open.
        if (openingQuotes(text) % 2 == 1) {
            return says(n, text.lastIndexOf(QLatin1Char('"')),
                YamlText::tr("a text begins with \" and is not closed on its line: end it with \" (a "
                             "text between quotes must end with the same quote)"));
        }
        if (const auto m = apostrophe.match(text); m.hasMatch()) {
            return says(n, m.capturedStart(2) - 1,
                YamlText::tr("the apostrophe after \"%1\" ends the text that starts with ': write it "
                             "twice (%1''%2…), or put the whole text between double quotes \"…\"")
                    .arg(m.captured(1), m.captured(2)));
        }
        if (const auto m = colon.match(text); m.hasMatch()) {
            return says(n, m.capturedEnd(2),
                YamlText::tr("the text after \"%1:\" holds a colon followed by a space (\"%2: \"), which "
                             "YAML reads as a new field: put the whole text between double quotes \"…\"")
                    .arg(m.captured(1), m.captured(2).trimmed()));
        }
    }
    return YamlText::tr("YAML syntax: %1 (check the quotes, colons and brackets of this line and the one before)")
        .arg(parserMessage);
}

} // namespace

ParseResult parse(const QByteArray &data, const Limits &limits)
{
    ParseResult r;
    if (data.size() > limits.maxBytes) {
        r.error = YamlText::tr("file too large (%1 bytes; at most %2)").arg(data.size()).arg(limits.maxBytes);
        return r;
    }
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0) {
        r.error = YamlText::tr("binary data (a NUL byte at offset %1), not a YAML text file").arg(nul);
        return r;
    }
    if (QString::fromUtf8(data).toUtf8() != data) {
        r.error = YamlText::tr("the file is not valid UTF-8 text; save it as UTF-8");
        return r;
    }
    if (data.trimmed().isEmpty()) {
        r.error = YamlText::tr("the file is empty");
        r.line = 1, r.column = 1;
        return r;
    }
    std::istringstream stream(data.toStdString());
    TreeBuilder builder(limits);
    try {
        YAML::Parser parser(stream);
        while (parser.HandleNextDocument(builder)) { }
    } catch (const Refused &e) {
        r.error = e.message;
        r.line = e.mark.line + 1, r.column = e.mark.column + 1;
        return r;
    } catch (const YAML::Exception &e) {
        r.line = e.mark.line + 1, r.column = e.mark.column + 1;
        r.error = explainSyntaxError(data, &r.line, &r.column, QString::fromStdString(e.msg));
        return r;
    } catch (const std::exception &e) {
        r.error = YamlText::tr("cannot read the YAML: %1").arg(QString::fromLocal8Bit(e.what()));
        return r;
    }
    if (!builder.result) {
        r.error = YamlText::tr("the file is empty");
        r.line = 1, r.column = 1;
        return r;
    }
    r.root = std::move(builder.result);
    return r;
}

} // namespace aicet::yaml
