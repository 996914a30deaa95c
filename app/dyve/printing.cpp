#include "printing.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <sstream>

#include <unistd.h>

namespace dyve::cli {

std::ostream& humanOut(bool json) {
    return json ? std::cerr : std::cout;
}

void printJson(const nlohmann::ordered_json& object) {
    std::cout << object.dump(2) << std::endl;
}

std::string oneLine(const std::string& message) {
    // Far more than one line shows; cut first so that joining stays cheap on a flood of input.
    constexpr size_t kMaxBytes = 64 * 1024;
    const std::string text = message.size() > kMaxBytes ? message.substr(0, kMaxBytes) + "…" : message;
    std::string line;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n' || c == '\r') {
            while (!line.empty() && line.back() == ' ')
                line.pop_back();
            const bool more = text.find_first_not_of(" \r\n\t", i) != std::string::npos;
            if (more && !line.empty() && line.back() != ';' && line.back() != ':' && line.back() != '.')
                line += ';';
            if (more && !line.empty() && line.back() != ' ') line += ' ';
        } else {
            line += c == '\t' ? ' ' : c;
        }
    }
    while (!line.empty() && line.back() == ' ')
        line.pop_back();
    return printable(line, kMaxLineChars);
}

nlohmann::ordered_json shapeJson(const Shape& shape) {
    return nlohmann::ordered_json(shape);
}

void TextTable::print(std::ostream& out) const {
    std::vector<size_t> widths;
    for (const auto& row : m_rows)
        for (size_t c = 0; c < row.size(); ++c) {
            if (widths.size() <= c) widths.push_back(0);
            widths[c] = std::max(widths[c], row[c].size());
        }
    auto numeric = [](const std::string& s) {
        return !s.empty() &&
               (std::isdigit(static_cast<unsigned char>(s[0])) || s == "-" ||
                (s[0] == '-' && s.size() > 1 && std::isdigit(static_cast<unsigned char>(s[1]))));
    };
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const auto& row = m_rows[r];
        std::string line;
        for (size_t c = 0; c < row.size(); ++c) {
            const std::string pad(widths[c] - row[c].size(), ' ');
            line += (r > 0 && numeric(row[c])) ? pad + row[c] : row[c] + pad;
            if (c + 1 < row.size()) line += "  ";
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out << line << '\n';
    }
}

ProgressLine::ProgressLine()
    : m_start(Clock::now()), m_lastShown(m_start), m_terminal(isatty(STDERR_FILENO) == 1) {}

ProgressLine::~ProgressLine() {
    finish();
}

void ProgressLine::update(const std::string& text) {
    const auto now = Clock::now();
    if (now - m_start < std::chrono::seconds(1)) return;
    const auto interval = m_terminal ? std::chrono::milliseconds(100) : std::chrono::milliseconds(5000);
    if (m_shown && now - m_lastShown < interval) return;
    m_lastShown = now;
    m_shown = true;
    if (m_terminal) {
        std::cerr << '\r' << text << "\033[K" << std::flush;
        m_lineOpen = true;
    } else {
        std::cerr << text << std::endl;
    }
}

void ProgressLine::finish() {
    if (m_lineOpen) std::cerr << std::endl;
    m_lineOpen = false;
}

std::string thresholdsText(const std::vector<double>& thresholds, int decimals) {
    std::string text;
    for (double t : thresholds)
        text += (text.empty() ? "" : " ") + fixed(t, decimals);
    return text;
}

} // namespace dyve::cli
