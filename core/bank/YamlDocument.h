#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace aicet::yaml {

/// A YAML node as the bank loader reads it: a small tree with the 1-based position of every node.
/// Built from yaml-cpp's parser events, with no anchors or aliases and bounded size and depth,
/// so hostile files cannot make the loader do unbounded work.
struct Node
{
    enum class Kind : unsigned char { Null, Scalar, Sequence, Mapping };

    Kind kind = Kind::Null;
    /// A plain (unquoted) scalar: `true`, `12` and `null` mean something; quoted ones are text.
    bool plain = true;
    int line = 0;
    int column = 0;
    int pos = 0; ///< the byte offset of the node's first character in the document (0-based)
    std::string scalar;
    /// Sequence: the elements. Mapping: keys and values alternately (key 0, value 0, key 1, …).
    std::vector<Node> children;

    bool isMapping() const { return kind == Kind::Mapping; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isNull() const { return kind == Kind::Null; }
    std::size_t mappingSize() const { return children.size() / 2; }
    const Node &key(std::size_t i) const { return children[2 * i]; }
    const Node &value(std::size_t i) const { return children[2 * i + 1]; }
    /// The value under a scalar key, or nullptr.
    const Node *find(const char *key) const;
    QString text() const { return QString::fromStdString(scalar); }
    /// A short name of the node's kind for messages: "a mapping", "a list", "text", "nothing".
    QString kindName() const;
};

struct Limits
{
    qint64 maxBytes = 16 * 1024 * 1024;
    int maxDepth = 32;
    qint64 maxNodes = 2'000'000;
};

struct ParseResult
{
    std::optional<Node> root; ///< empty on error
    QString error;
    int line = 0; ///< 1-based position of the error
    int column = 0;
};

/// Parses one YAML document. Refuses binary data, several documents, anchors and aliases,
/// nesting deeper than the limit, and more nodes than the limit.
ParseResult parse(const QByteArray &data, const Limits &limits = {});

} // namespace aicet::yaml
