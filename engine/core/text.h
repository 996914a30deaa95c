#pragma once

#include <cstddef>
#include <string>

namespace dyve {

// ASCII lower case: file extensions, hex digests and format names compare case-blind.
std::string lowerCase(std::string text);
// The path's extension with its dot, lower case: "photo.JPG" → ".jpg"; "" when it has none.
std::string lowerExtension(const std::string& path);

// Whether printable() keeps line feeds and tabs, for text that front ends lay out (a dialog shows the
// lines; the CLI's one error line joins them), or escapes them like every other control byte.
enum class LineBreaks { Escape, Keep };

// `text` made safe to show on a terminal or in a dialog (SPEC §8): what an input file holds must not be
// able to drive the terminal or flood it. Control bytes (0x00–0x1f, 0x7f: so ESC, and with it every ANSI
// escape sequence), C1 controls (U+0080–U+009F), the bidirectional overrides (U+202A–U+202E,
// U+2066–U+2069), and bytes that are not valid UTF-8 become "\xNN" per byte; valid UTF-8 passes intact.
// At most `maxChars` characters (code points, counting each "\xNN" as four) are kept; a longer text ends
// in "…". The result only holds printable characters, so printable() of it changes nothing more.
std::string printable(const std::string& text, size_t maxChars, LineBreaks lineBreaks = LineBreaks::Escape);

// How much of an input a message quotes (a list line, a label, a name from a file): enough to recognise
// it, not a screenful.
constexpr size_t kMaxQuotedChars = 200;

} // namespace dyve
