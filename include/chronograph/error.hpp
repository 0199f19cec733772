#pragma once
// The one error type of the library: every failure carries where it happened and what was wrong.

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>

#include <unicode/errorcode.h>

namespace chronograph {

// what() reads "<file>:<line>: <message>", "<file>: <message>" or just "<message>",
// so the command line can print "chronograph: " + what() as it is.
class Error : public std::runtime_error {
 public:
  explicit Error(std::string message, std::string file = {}, std::optional<std::size_t> line = {});

  const std::string& message() const { return message_; }
  const std::string& file() const { return file_; }
  std::optional<std::size_t> line() const { return line_; }
  // "file:line" (or "file"), as listed under `skipped` in the graph JSON.
  std::string location() const;

 private:
  std::string message_;
  std::string file_;
  std::optional<std::size_t> line_;
};

// Turns an ICU failure into an Error: `IcuError status("what was being done"); call(..., status);`
class IcuError : public icu::ErrorCode {
 public:
  explicit IcuError(const char* doing) : doing_(doing) {}
  ~IcuError() override;

 protected:
  void handleFailure() const override;

 private:
  const char* doing_;
};

}  // namespace chronograph
