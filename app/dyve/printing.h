#pragma once

#include "core/number_text.h" // siNumber, fixed, percent
#include "core/tensor.h"
#include "core/text.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <iosfwd>
#include <string>
#include <vector>

namespace dyve::cli {

// Where human-readable results go: stdout normally, stderr under --json so that stdout holds exactly one
// JSON object (SPEC §5.1).
std::ostream& humanOut(bool json);

// Prints `object` on stdout as the command's one JSON document.
void printJson(const nlohmann::ordered_json& object);

// A message on one line (SPEC §5.1: errors are one line): newlines and tabs become "; " and spaces, other
// control bytes and escape sequences are shown as "\xNN" (core/text.h printable()), and the line is cut
// at kMaxLineChars characters, ending in "…".
constexpr size_t kMaxLineChars = 1000;
std::string oneLine(const std::string& message);

// A width cascade's thresholds for people: "0.714 0.610 0.561" (`decimals` each).
std::string thresholdsText(const std::vector<double>& thresholds, int decimals);

nlohmann::ordered_json shapeJson(const Shape& shape);

// A plain text table: the first row is the header, numeric-looking cells are right-aligned.
class TextTable {
public:
    void addRow(std::vector<std::string> cells) { m_rows.push_back(std::move(cells)); }
    void print(std::ostream& out) const;

private:
    std::vector<std::vector<std::string>> m_rows;
};

// A progress line on stderr for work that takes longer than a second (SPEC §5.1): nothing for quick work,
// then a single line updated in place on a terminal (at most ~10 times a second), or a fresh line every
// few seconds when stderr is a file or a pipe. The destructor ends the line, so an error message that
// follows starts on a line of its own.
class ProgressLine {
public:
    ProgressLine();
    ~ProgressLine();
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    void update(const std::string& text);
    void finish();

private:
    using Clock = std::chrono::steady_clock;
    Clock::time_point m_start;
    Clock::time_point m_lastShown;
    bool m_terminal = false;
    bool m_shown = false;
    bool m_lineOpen = false;
};

} // namespace dyve::cli
