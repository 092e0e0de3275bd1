#pragma once
// Exceptions thrown by the core. Every message is meant to be shown to a user as is.
#include <stdexcept>
#include <string>

namespace ts {

// Base of every error the core raises on purpose.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A setting, option or argument has a value that makes no sense.
class ConfigError : public Error {
public:
    using Error::Error;
};

// A file could not be read or written, or does not hold what it should.
class FileError : public Error {
public:
    FileError(const std::string& path, const std::string& what)
        : Error(path + ": " + what), path_(path) {}
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

// A long operation was cancelled through its Feedback.
class Cancelled : public Error {
public:
    Cancelled() : Error("cancelled") {}
};

} // namespace ts
