#include "chronograph/error.hpp"

namespace chronograph {
namespace {

std::string compose(const std::string& file, std::optional<std::size_t> line, const std::string& message) {
  if (file.empty()) return message;
  std::string out = file;
  if (line) out += ":" + std::to_string(*line);
  return out + ": " + message;
}

}  // namespace

Error::Error(std::string message, std::string file, std::optional<std::size_t> line)
    : std::runtime_error(compose(file, line, message)),
      message_(std::move(message)),
      file_(std::move(file)),
      line_(line) {}

std::string Error::location() const {
  if (file_.empty()) return {};
  return line_ ? file_ + ":" + std::to_string(*line_) : file_;
}

IcuError::~IcuError() {
  // icu::ErrorCode's destructor calls assertSuccess(), which would throw from a destructor;
  // failures are checked at the call sites through isFailure()/assertSuccess() instead.
  reset();
}

void IcuError::handleFailure() const {
  throw Error(std::string("ICU failed while ") + doing_ + ": " + errorName());
}

}  // namespace chronograph
