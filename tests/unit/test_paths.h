#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace crosscheck::testing {

// The repository root, compiled in by tests/CMakeLists.txt.
inline std::filesystem::path SourceDir() { return CROSSCHECK_SOURCE_DIR; }

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Golden files are rewritten instead of compared when CROSSCHECK_UPDATE_GOLDEN is set, so an
// intended change is one command and a reviewed diff.
inline bool UpdateGolden() { return std::getenv("CROSSCHECK_UPDATE_GOLDEN") != nullptr; }

// Runs a test body with the working directory set to `dir`, restoring it afterwards, so that
// paths in messages are the short relative ones a user sees.
class ScopedCurrentPath {
 public:
  explicit ScopedCurrentPath(const std::filesystem::path& dir)
      : saved_(std::filesystem::current_path()) {
    std::filesystem::current_path(dir);
  }
  ~ScopedCurrentPath() { std::filesystem::current_path(saved_); }

 private:
  std::filesystem::path saved_;
};

}  // namespace crosscheck::testing
