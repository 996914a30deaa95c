#pragma once

#include <stdexcept>
#include <string>

namespace dyve {

// Every error a user can cause carries the file it concerns and the reason, so front ends can print
// one line: "<file>: <reason>" (SPEC §8). Engine code never aborts on user input.
class Error : public std::runtime_error {
public:
    Error(std::string file, std::string reason)
        : std::runtime_error(file.empty() ? reason : file + ": " + reason), m_file(std::move(file)),
          m_reason(std::move(reason)) {}
    const std::string& file() const { return m_file; }
    const std::string& reason() const { return m_reason; }

private:
    std::string m_file;
    std::string m_reason;
};

// A model file that cannot be read, parsed, or is not supported.
class ImportError : public Error {
public:
    using Error::Error;
};

// A model that imported but is inconsistent (shapes, missing weights, NaN weights...).
class ModelError : public Error {
public:
    using Error::Error;
};

// Images, data sets, model cards, profiles.
class DataError : public Error {
public:
    using Error::Error;
};

} // namespace dyve
