#include "app/language_server.h"

#include <fmt/format.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <string>

#include "app/workspace.h"
#include "common/version.h"

namespace crosscheck::app {
namespace {

using Json = nlohmann::json;
namespace fs = std::filesystem;

// JSON-RPC error codes (LSP 3.17, "Response Message").
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kServerNotInitialized = -32002;

// One message's body, or nullopt at the end of the input. The header is lines ending in CRLF up
// to an empty one; only Content-Length matters (Content-Type, if any, is the one the spec fixes).
// A header without a usable length is skipped with its body unknown: `bad` is set.
std::optional<std::string> ReadMessage(std::FILE* in, bool& bad) {
  bad = false;
  long long length = -1;
  std::string line;
  while (true) {
    int ch = std::fgetc(in);
    if (ch == EOF) return std::nullopt;
    if (ch != '\n') {
      line += static_cast<char>(ch);
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) break;
    constexpr std::string_view kLength = "content-length:";
    std::string lower = line.substr(0, kLength.size());
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == kLength) {
      try {
        length = std::stoll(line.substr(kLength.size()));
      } catch (const std::exception&) {
        length = -1;
      }
    }
    line.clear();
  }
  if (length < 0 || length > (1LL << 30)) {
    bad = true;
    return std::string();
  }
  std::string body(static_cast<size_t>(length), '\0');
  if (std::fread(body.data(), 1, body.size(), in) != body.size()) return std::nullopt;
  return body;
}

void WriteMessage(std::FILE* out, const Json& message) {
  std::string body = message.dump(-1, ' ', false, Json::error_handler_t::replace);
  std::fprintf(out, "Content-Length: %zu\r\n\r\n", body.size());
  std::fwrite(body.data(), 1, body.size(), out);
  std::fflush(out);
}

// file:// URIs to paths and back (RFC 8089; percent-encoding of bytes outside the unreserved
// set and '/').
std::optional<fs::path> PathOfUri(const std::string& uri) {
  constexpr std::string_view kScheme = "file://";
  if (!uri.starts_with(kScheme)) return std::nullopt;
  std::string path;
  for (size_t i = kScheme.size(); i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size() &&
        std::isxdigit(static_cast<unsigned char>(uri[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(uri[i + 2]))) {
      path += static_cast<char>(std::stoi(uri.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      path += uri[i];
    }
  }
  return fs::path(path);
}

std::string UriOfPath(const fs::path& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec).lexically_normal();
  std::string out = "file://";
  for (unsigned char ch : absolute.string()) {
    if (std::isalnum(ch) || ch == '/' || ch == '-' || ch == '.' || ch == '_' || ch == '~') {
      out += static_cast<char>(ch);
    } else {
      out += fmt::format("%{:02X}", ch);
    }
  }
  return out;
}

Json Range(int line, int column) {
  // Positions are 1-based in diagnostics, 0-based in LSP; a problem of the whole file (line 0)
  // marks its first line. The end runs to the end of the line (the spec clamps a character past
  // it to the line's length).
  int l = std::max(line - 1, 0), c = std::max(column - 1, 0);
  return {{"start", {{"line", l}, {"character", c}}}, {"end", {{"line", l}, {"character", 10000}}}};
}

class Server {
 public:
  Server(CheckOptions options, std::FILE* out, std::FILE* log)
      : workspace_(std::move(options)), out_(out), log_(log) {}

  // Handles one message; false once `exit` came.
  bool Handle(const Json& message);
  int exit_code() const { return shutdown_ ? 0 : 1; }

 private:
  void Reply(const Json& id, Json result) {
    WriteMessage(out_, {{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
  }
  void Fail(const Json& id, int code, const std::string& message) {
    WriteMessage(
        out_, {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
  }
  void Publish(const std::set<std::string>& displays);
  void Logged(const std::string& what, std::chrono::steady_clock::time_point start);
  Json Hover(const Json& params);
  Json Completion(const Json& params);
  std::optional<std::string> DisplayOf(const Json& params) const;

  Workspace workspace_;
  std::FILE* out_;
  std::FILE* log_;
  bool initialized_ = false, shutdown_ = false;
  std::set<std::string> published_;  // files with diagnostics shown, to clear when they go
};

std::optional<std::string> Server::DisplayOf(const Json& params) const {
  if (!params.contains("textDocument") || !params["textDocument"].contains("uri")) {
    return std::nullopt;
  }
  const Json& uri = params["textDocument"]["uri"];
  if (!uri.is_string()) return std::nullopt;
  std::optional<fs::path> path = PathOfUri(uri.get<std::string>());
  return path ? workspace_.DisplayPath(*path) : std::nullopt;
}

void Server::Publish(const std::set<std::string>& displays) {
  for (const auto& display : displays) {
    std::optional<fs::path> path = workspace_.FilePath(display);
    if (!path) continue;
    Json diagnostics = Json::array();
    for (const auto& p : workspace_.ProblemsOf(display)) {
      Json d = {{"range", Range(p.line, p.column)},
                {"severity", static_cast<int>(p.level) + 1},
                {"source", "crosscheck"},
                {"message", p.message}};
      if (!p.code.empty()) d["code"] = p.code;
      if (!p.related.empty()) {
        Json related = Json::array();
        for (const auto& r : p.related) {
          std::optional<fs::path> at = workspace_.FilePath(r.file);
          if (!at) continue;
          related.push_back(
              {{"location", {{"uri", UriOfPath(*at)}, {"range", Range(r.line, r.column)}}},
               {"message", r.message}});
        }
        d["relatedInformation"] = related;
      }
      diagnostics.push_back(std::move(d));
    }
    if (diagnostics.empty() && !published_.count(display))
      continue;  // nothing shown, none to clear
    if (diagnostics.empty()) {
      published_.erase(display);
    } else {
      published_.insert(display);
    }
    WriteMessage(out_, {{"jsonrpc", "2.0"},
                        {"method", "textDocument/publishDiagnostics"},
                        {"params", {{"uri", UriOfPath(*path)}, {"diagnostics", diagnostics}}}});
  }
}

void Server::Logged(const std::string& what, std::chrono::steady_clock::time_point start) {
  if (!log_) return;
  const CheckRun& run = workspace_.last_run();
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(log_, "crosscheck lsp: %s in %.3f s (%zu pieces, %zu reused)\n", what.c_str(), s,
               run.pieces, run.pieces_cached);
  std::fflush(log_);
}

Json Server::Hover(const Json& params) {
  std::optional<std::string> display = DisplayOf(params);
  if (!display || !params.contains("position")) return nullptr;
  int line = params["position"].value("line", -1) + 1;
  const Claim* claim = workspace_.ClaimAt(*display, line);
  if (!claim) return nullptr;
  return {{"contents",
           {{"kind", "markdown"}, {"value", "crosscheck: " + workspace_.Describe(*claim)}}}};
}

Json Server::Completion(const Json& params) {
  std::optional<std::string> display = DisplayOf(params);
  Json items = Json::array();
  if (!display || !params.contains("position")) return items;
  // The key of the line being typed decides what is offered: entities after `subject:` (or in
  // a `subjects:` list), properties after `property:`, units in a `value:`; all three elsewhere.
  std::string line_text;
  if (std::optional<fs::path> path = workspace_.FilePath(*display)) {
    int wanted = params["position"].value("line", 0);
    std::string text = workspace_.Text(*path);
    size_t at = 0;
    for (int l = 0; l < wanted && at != std::string::npos; ++l) {
      at = text.find('\n', at);
      if (at != std::string::npos) ++at;
    }
    if (at != std::string::npos) line_text = text.substr(at, text.find('\n', at) - at);
  }
  static const std::regex kKey(R"(^\s*(?:-\s+)?([a-z_]+)\s*:)");
  std::smatch m;
  std::string key = std::regex_search(line_text, m, kKey) ? m[1].str() : "";
  bool any =
      key.empty() || (key != "subject" && key != "subjects" && key != "property" && key != "value");
  bool list_item = !line_text.empty() && line_text.find_first_not_of(" \t") != std::string::npos &&
                   line_text[line_text.find_first_not_of(" \t")] == '-' && key.empty();
  const Catalogue& catalogue = workspace_.catalogue();
  // LSP CompletionItemKind: 6 Variable (entities), 10 Property, 11 Unit.
  if (any || key == "subject" || key == "subjects" || list_item) {
    for (const auto& e : catalogue.entities()) {
      items.push_back({{"label", e.id}, {"kind", 6}, {"detail", e.name}});
    }
  }
  if (any || key == "property") {
    for (const auto& p : catalogue.properties()) items.push_back({{"label", p.id}, {"kind", 10}});
  }
  if (any || key == "value") {
    for (const auto& u : catalogue.units()) items.push_back({{"label", u.id}, {"kind", 11}});
  }
  return items;
}

bool Server::Handle(const Json& message) {
  if (!message.is_object() || !message.contains("method") || !message["method"].is_string()) {
    if (message.is_object() && message.contains("id")) {
      Fail(message["id"], kInvalidRequest, "not a request: no method");
    }
    return true;  // a response to us (we send no request) or noise
  }
  std::string method = message["method"];
  bool request = message.contains("id");
  Json id = request ? message["id"] : Json();
  Json params = message.value("params", Json::object());
  auto start = std::chrono::steady_clock::now();
  if (method == "initialize") {
    initialized_ = true;
    Reply(id, {{"capabilities",
                {{"textDocumentSync", {{"openClose", true}, {"change", 1}}},
                 {"hoverProvider", true},
                 {"completionProvider", {{"triggerCharacters", {":", " ", "+"}}}}}},
               {"serverInfo", {{"name", "crosscheck"}, {"version", std::string(ToolVersion())}}}});
    return true;
  }
  if (method == "exit") return false;
  if (!initialized_) {
    if (request) Fail(id, kServerNotInitialized, "initialize first");
    return true;
  }
  if (method == "initialized") {
    workspace_.CheckAll();
    Logged("checked the corpus", start);
    Publish(workspace_.FilesWithProblems());
  } else if (method == "shutdown") {
    shutdown_ = true;
    Reply(id, nullptr);
  } else if (method == "textDocument/didOpen" || method == "textDocument/didChange" ||
             method == "textDocument/didClose") {
    std::optional<fs::path> path;
    if (params.contains("textDocument") && params["textDocument"].contains("uri") &&
        params["textDocument"]["uri"].is_string()) {
      path = PathOfUri(params["textDocument"]["uri"].get<std::string>());
    }
    std::optional<std::string> text;
    if (method == "textDocument/didOpen") {
      text = params["textDocument"].value("text", std::string());
    } else if (method == "textDocument/didChange") {
      const Json& changes = params.value("contentChanges", Json::array());
      // Full synchronisation (the capability says so): the last change is the whole text.
      if (!changes.empty() && changes.back().contains("text") &&
          changes.back()["text"].is_string()) {
        text = changes.back()["text"].get<std::string>();
      }
    }
    if (path && (text || method == "textDocument/didClose")) {
      std::optional<std::string> display = workspace_.DisplayPath(*path);
      std::set<std::string> affected = workspace_.Edit(*path, text);
      if (display) {
        Logged(fmt::format("{} {}", method.substr(method.find('/') + 1), *display), start);
      }
      Publish(affected);
    }
  } else if (method == "textDocument/hover") {
    Reply(id, Hover(params));
  } else if (method == "textDocument/completion") {
    Reply(id, Completion(params));
  } else if (request) {
    Fail(id, kMethodNotFound, "method not supported: " + method);
  }
  return true;
}

}  // namespace

int RunLanguageServer(CheckOptions options, std::FILE* in, std::FILE* out, std::FILE* log) {
  Server server(std::move(options), out, log);
  while (true) {
    bool bad = false;
    std::optional<std::string> body = ReadMessage(in, bad);
    if (!body) return server.exit_code();
    if (bad) {
      WriteMessage(out, {{"jsonrpc", "2.0"},
                         {"id", nullptr},
                         {"error", {{"code", kParseError}, {"message", "no Content-Length"}}}});
      continue;
    }
    Json message = Json::parse(*body, nullptr, false);
    if (message.is_discarded()) {
      WriteMessage(out, {{"jsonrpc", "2.0"},
                         {"id", nullptr},
                         {"error", {{"code", kParseError}, {"message", "not JSON"}}}});
      continue;
    }
    // A message of the right shape with a field of the wrong type (a line given as a string)
    // is answered as invalid, never the end of the session.
    try {
      if (!server.Handle(message)) return server.exit_code();
    } catch (const Json::exception& e) {
      if (message.is_object() && message.contains("id")) {
        WriteMessage(out, {{"jsonrpc", "2.0"},
                           {"id", message["id"]},
                           {"error", {{"code", kInvalidParams}, {"message", e.what()}}}});
      }
    }
  }
}

}  // namespace crosscheck::app
