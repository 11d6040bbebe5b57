#pragma once

// A compact, read-only YAML tree built from libyaml's event parser. It replaces yaml-cpp's node
// API for reading: one flat array of nodes per document instead of a heap object per node, so a
// claim file costs a few bytes per node and no reference counting.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace crosscheck::io {

// Where a node starts: 0-based line and column (the column in code points, as people count),
// and the byte offset into the text.
struct YamlMark {
  uint32_t line = 0;
  uint32_t column = 0;
  uint32_t offset = 0;
};

// A plain scalar that spells null ("", "~", "null") is kNull, not kScalar: a key written
// `note:` with nothing after it is as good as absent.
enum class YamlKind : uint8_t { kNull, kScalar, kSequence, kMapping };

// Why a text is not a YAML document crosscheck reads, and where.
struct YamlError {
  YamlMark mark;
  std::string message;
};

class YamlTree;
class YamlNodeIterator;

// A handle on one node of a YamlTree, valid while the tree lives. A default handle is absent:
// what Find returns for a missing key.
class YamlNode {
 public:
  YamlNode() = default;

  explicit operator bool() const { return tree_ != nullptr; }
  YamlKind kind() const;
  bool IsNull() const { return kind() == YamlKind::kNull; }
  bool IsScalar() const { return kind() == YamlKind::kScalar; }
  bool IsSequence() const { return kind() == YamlKind::kSequence; }
  bool IsMap() const { return kind() == YamlKind::kMapping; }
  YamlMark mark() const;

  // A scalar's text ("" for other kinds).
  std::string_view Scalar() const;
  // Items of a sequence, key/value pairs of a mapping, 0 for scalars.
  size_t size() const;
  YamlNode Item(size_t i) const;
  YamlNode Key(size_t i) const;
  YamlNode Value(size_t i) const;
  // The value of the first pair whose key is the scalar `key`; absent if none or not a mapping.
  YamlNode Find(std::string_view key) const;
  YamlNode operator[](std::string_view key) const { return Find(key); }

  // Iterates over a sequence's items (nothing for other kinds).
  YamlNodeIterator begin() const;
  YamlNodeIterator end() const;

 private:
  friend class YamlTree;
  YamlNode(const YamlTree* tree, uint32_t id) : tree_(tree), id_(id) {}

  const YamlTree* tree_ = nullptr;
  uint32_t id_ = 0;
};

class YamlNodeIterator {
 public:
  YamlNodeIterator(YamlNode parent, size_t i) : parent_(parent), i_(i) {}
  YamlNode operator*() const { return parent_.Item(i_); }
  YamlNodeIterator& operator++() {
    ++i_;
    return *this;
  }
  bool operator!=(const YamlNodeIterator& other) const { return i_ != other.i_; }

 private:
  YamlNode parent_;
  size_t i_;
};

inline YamlNodeIterator YamlNode::begin() const { return {*this, 0}; }
inline YamlNodeIterator YamlNode::end() const { return {*this, IsSequence() ? size() : 0}; }

class YamlTree {
 public:
  // Nesting and size crosscheck accepts: hostile input must give an error, not exhaust the
  // stack of a consumer or the memory of the machine. Our formats nest four levels deep.
  static constexpr size_t kMaxDepth = 256;
  static constexpr size_t kMaxNodes = size_t{1} << 23;

  // Parses the first document of `text` (UTF-8). Aliases are resolved by sharing the anchored
  // node, never by copying it, so an alias bomb stays as small as its text; an alias inside
  // the node it names is an error. A second document in the text is an error too, so no claim
  // is silently skipped.
  static std::variant<YamlTree, YamlError> Parse(std::string_view text);

  // The document's root; a null node for an empty text.
  YamlNode root() const { return {this, 0}; }
  size_t node_count() const { return nodes_.size(); }

 private:
  friend class YamlNode;
  friend class YamlTreeBuilder;

  struct Node {
    YamlKind kind;
    YamlMark mark;
    // A scalar: a range of chars_; a collection: a range of children_ (mappings alternate key
    // and value).
    uint32_t begin = 0;
    uint32_t count = 0;
  };

  std::vector<Node> nodes_;
  std::vector<uint32_t> children_;
  std::string chars_;
};

}  // namespace crosscheck::io
