#include "io/yaml_tree.h"

#include <fmt/format.h>
#include <yaml.h>

#include <memory>
#include <unordered_map>

namespace crosscheck::io {

YamlKind YamlNode::kind() const { return tree_ ? tree_->nodes_[id_].kind : YamlKind::kNull; }

YamlMark YamlNode::mark() const { return tree_ ? tree_->nodes_[id_].mark : YamlMark{}; }

std::string_view YamlNode::Scalar() const {
  if (!IsScalar()) return {};
  const auto& n = tree_->nodes_[id_];
  return std::string_view(tree_->chars_).substr(n.begin, n.count);
}

size_t YamlNode::size() const {
  if (!IsSequence() && !IsMap()) return 0;
  const auto& n = tree_->nodes_[id_];
  return IsMap() ? n.count / 2 : n.count;
}

YamlNode YamlNode::Item(size_t i) const {
  return {tree_, tree_->children_[tree_->nodes_[id_].begin + i]};
}

YamlNode YamlNode::Key(size_t i) const {
  return {tree_, tree_->children_[tree_->nodes_[id_].begin + 2 * i]};
}

YamlNode YamlNode::Value(size_t i) const {
  return {tree_, tree_->children_[tree_->nodes_[id_].begin + 2 * i + 1]};
}

YamlNode YamlNode::Find(std::string_view key) const {
  if (!IsMap()) return {};
  for (size_t i = 0, n = size(); i < n; ++i) {
    YamlNode k = Key(i);
    if (k.IsScalar() && k.Scalar() == key) return Value(i);
  }
  return {};
}

namespace {

// libyaml counts marks in characters; this turns character indexes into byte offsets. Events
// come in text order, so walking forward from the last answer costs one pass over the text.
class ByteOffsets {
 public:
  explicit ByteOffsets(std::string_view text) : text_(text) {}

  uint32_t At(size_t char_index) {
    if (char_index < chars_) chars_ = bytes_ = 0;
    while (chars_ < char_index && bytes_ < text_.size()) {
      auto lead = static_cast<unsigned char>(text_[bytes_]);
      bytes_ += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      ++chars_;
    }
    return static_cast<uint32_t>(std::min(bytes_, text_.size()));
  }

 private:
  std::string_view text_;
  size_t chars_ = 0;
  size_t bytes_ = 0;
};

bool SpellsNull(const yaml_event_t& e) {
  if (e.data.scalar.style != YAML_PLAIN_SCALAR_STYLE || e.data.scalar.tag) return false;
  std::string_view v(reinterpret_cast<const char*>(e.data.scalar.value), e.data.scalar.length);
  return v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL";
}

std::string_view Text(const yaml_char_t* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

}  // namespace

// Turns libyaml's events into a YamlTree: each node is appended when it starts; a collection's
// children gather on a scratch stack and are copied out, contiguous, when it ends.
class YamlTreeBuilder {
 public:
  explicit YamlTreeBuilder(std::string_view text) : text_(text), offsets_(text) {
    yaml_parser_initialize(&parser_);
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()),
                                 text.size());
    yaml_parser_set_encoding(&parser_, YAML_UTF8_ENCODING);
    // Claim files run to about one node per 25 bytes, most of them scalar text.
    tree_.nodes_.reserve(text.size() / 16 + 1);
    tree_.children_.reserve(text.size() / 16 + 1);
    tree_.chars_.reserve(text.size());
  }
  ~YamlTreeBuilder() { yaml_parser_delete(&parser_); }
  YamlTreeBuilder(const YamlTreeBuilder&) = delete;
  YamlTreeBuilder& operator=(const YamlTreeBuilder&) = delete;

  std::variant<YamlTree, YamlError> Build() {
    int documents = 0;
    for (;;) {
      yaml_event_t event;
      if (!yaml_parser_parse(&parser_, &event)) return ParserError();
      // Frees the event's strings on every path out of this iteration.
      std::unique_ptr<yaml_event_t, void (*)(yaml_event_t*)> guard(&event, yaml_event_delete);
      YamlMark mark = Mark(event.start_mark);
      switch (event.type) {
        case YAML_STREAM_END_EVENT:
          if (tree_.nodes_.empty()) tree_.nodes_.push_back({YamlKind::kNull, {}, 0, 0});
          return std::move(tree_);
        case YAML_DOCUMENT_START_EVENT:
          if (++documents > 1) {
            return YamlError{mark,
                             "a file holds one YAML document; this second one would be ignored"};
          }
          break;
        case YAML_ALIAS_EVENT:
          if (auto error = Alias(event, mark)) return *std::move(error);
          break;
        case YAML_SCALAR_EVENT:
          if (auto error = Scalar(event, mark)) return *std::move(error);
          break;
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT:
          if (auto error = Open(event, mark)) return *std::move(error);
          break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
          Close();
          break;
        default:
          break;
      }
    }
  }

 private:
  YamlMark Mark(const yaml_mark_t& m) {
    return {static_cast<uint32_t>(m.line), static_cast<uint32_t>(m.column), offsets_.At(m.index)};
  }

  YamlError ParserError() {
    const char* problem = parser_.problem ? parser_.problem : "malformed document";
    if (parser_.error == YAML_MEMORY_ERROR) return {{}, "YAML syntax error: out of memory"};
    if (parser_.error == YAML_READER_ERROR) {
      // The reader reports a byte offset, not a mark.
      return {MarkOfByte(parser_.problem_offset), fmt::format("YAML syntax error: {}", problem)};
    }
    std::string message = fmt::format("YAML syntax error: {}", problem);
    if (parser_.context) {
      message += fmt::format(" ({} begun at line {}, column {})", parser_.context,
                             parser_.context_mark.line + 1, parser_.context_mark.column + 1);
    }
    return {Mark(parser_.problem_mark), std::move(message)};
  }

  YamlMark MarkOfByte(size_t offset) const {
    YamlMark m;
    offset = std::min(offset, text_.size());
    for (size_t i = 0; i < offset; ++i) {
      if (text_[i] == '\n') {
        ++m.line;
        m.column = 0;
      } else if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) {
        ++m.column;
      }
    }
    m.offset = static_cast<uint32_t>(offset);
    return m;
  }

  // Appends a node and makes it a child of the open collection.
  std::optional<YamlError> Add(YamlKind kind, YamlMark mark, uint32_t& id) {
    if (tree_.nodes_.size() >= YamlTree::kMaxNodes) {
      return YamlError{mark, fmt::format("YAML document has more than {} nodes, crosscheck's limit",
                                         YamlTree::kMaxNodes)};
    }
    id = static_cast<uint32_t>(tree_.nodes_.size());
    tree_.nodes_.push_back({kind, mark, 0, 0});
    if (!open_.empty()) scratch_.push_back(id);
    return std::nullopt;
  }

  void Anchor(const yaml_char_t* anchor, uint32_t id) {
    if (anchor) anchors_[std::string(Text(anchor))] = id;
  }

  std::optional<YamlError> Scalar(const yaml_event_t& e, YamlMark mark) {
    uint32_t id;
    bool null = SpellsNull(e);
    if (auto error = Add(null ? YamlKind::kNull : YamlKind::kScalar, mark, id)) return error;
    auto& node = tree_.nodes_[id];
    node.begin = static_cast<uint32_t>(tree_.chars_.size());
    node.count = static_cast<uint32_t>(e.data.scalar.length);
    tree_.chars_.append(reinterpret_cast<const char*>(e.data.scalar.value), e.data.scalar.length);
    Anchor(e.data.scalar.anchor, id);
    return std::nullopt;
  }

  std::optional<YamlError> Alias(const yaml_event_t& e, YamlMark mark) {
    std::string name(Text(e.data.alias.anchor));
    auto it = anchors_.find(name);
    if (it == anchors_.end()) {
      return YamlError{mark, fmt::format("YAML syntax error: alias '*{}' names no anchor "
                                         "defined before it",
                                         name)};
    }
    for (const auto& frame : open_) {
      if (frame.id == it->second) {
        return YamlError{mark, fmt::format("YAML syntax error: alias '*{}' lies inside the node "
                                           "it names",
                                           name)};
      }
    }
    if (!open_.empty()) scratch_.push_back(it->second);
    return std::nullopt;
  }

  std::optional<YamlError> Open(const yaml_event_t& e, YamlMark mark) {
    if (open_.size() >= YamlTree::kMaxDepth) {
      return YamlError{mark, fmt::format("YAML syntax error: lists and mappings nested more than "
                                         "{} deep, crosscheck's limit",
                                         YamlTree::kMaxDepth)};
    }
    bool sequence = e.type == YAML_SEQUENCE_START_EVENT;
    uint32_t id;
    if (auto error = Add(sequence ? YamlKind::kSequence : YamlKind::kMapping, mark, id)) {
      return error;
    }
    open_.push_back({id, scratch_.size()});
    Anchor(sequence ? e.data.sequence_start.anchor : e.data.mapping_start.anchor, id);
    return std::nullopt;
  }

  void Close() {
    Frame frame = open_.back();
    open_.pop_back();
    auto& node = tree_.nodes_[frame.id];
    node.begin = static_cast<uint32_t>(tree_.children_.size());
    node.count = static_cast<uint32_t>(scratch_.size() - frame.first_child);
    tree_.children_.insert(tree_.children_.end(),
                           scratch_.begin() + static_cast<std::ptrdiff_t>(frame.first_child),
                           scratch_.end());
    scratch_.resize(frame.first_child);
  }

  struct Frame {
    uint32_t id;
    size_t first_child;  // in scratch_
  };

  std::string_view text_;
  ByteOffsets offsets_;
  yaml_parser_t parser_;
  YamlTree tree_;
  std::vector<Frame> open_;
  std::vector<uint32_t> scratch_;
  std::unordered_map<std::string, uint32_t> anchors_;
};

std::variant<YamlTree, YamlError> YamlTree::Parse(std::string_view text) {
  YamlTreeBuilder builder(text);
  return builder.Build();
}

}  // namespace crosscheck::io
