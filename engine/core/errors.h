#pragma once

#include "core/text.h"

#include <stdexcept>
#include <string>

namespace dyve {

// Every error a user can cause carries the file it concerns and the reason, so front ends can print
// one line: "<file>: <reason>" (SPEC §5.1, §8). Engine code never aborts on user input.
//
// Both parts are made printable here, once for every front end, since they quote input files: control
// bytes and escape sequences become "\xNN" (core/text.h printable(); the reason keeps its line feeds and
// tabs, which front ends lay out), and a file name is cut at kMaxFileChars characters, a reason at
// kMaxReasonChars, each ending in "…": however long the input, the message stays short enough to read.
// (Readers quote at most kMaxQuotedChars of an input line; the CLI's one line is cut at 1,000.)
class Error : public std::runtime_error {
public:
    static constexpr size_t kMaxFileChars = 400;
    // Room for the longest explanation a front end appends (the card fields, about 900 characters).
    static constexpr size_t kMaxReasonChars = 1500;

    Error(const std::string& file, const std::string& reason)
        : Error(Printable{}, printable(file, kMaxFileChars),
                printable(reason, kMaxReasonChars, LineBreaks::Keep)) {}
    const std::string& file() const { return m_file; }
    const std::string& reason() const { return m_reason; }

private:
    struct Printable {};
    Error(Printable, std::string file, std::string reason)
        : std::runtime_error(file.empty() ? reason : file + ": " + reason), m_file(std::move(file)),
          m_reason(std::move(reason)) {}

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
