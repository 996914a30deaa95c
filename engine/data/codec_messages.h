#pragma once

#include <string>
#include <vector>

namespace dyve {

// libpng, libjpeg and OpenCV's image codecs print their warnings and errors on stderr themselves ("libpng
// warning: iCCP: known incorrect sRGB profile", "Premature end of JPEG file"); OpenCV offers no way to
// receive them. They would reach the user's terminal beside dyve's own one-line messages, unattributed.
//
// While a CodecMessages is alive, what is written to file descriptor 2 goes to an in-memory file instead.
// finish() (or the destructor) puts stderr back, returns the lines the codecs wrote, and passes every
// other line on to stderr, so output of other threads in the meantime is delayed, not lost. Captures
// are one at a time process-wide (file descriptor 2 is), so decodes in several threads take turns.
// Without a stderr to capture (file descriptor 2 closed), nothing is captured.
class CodecMessages {
public:
    CodecMessages();
    ~CodecMessages();
    CodecMessages(const CodecMessages&) = delete;
    CodecMessages& operator=(const CodecMessages&) = delete;

    std::vector<std::string> finish();

private:
    int m_savedStderr = -1;
    bool m_finished = false;
};

// Whether a codec message says the picture is incomplete or damaged (libjpeg decodes what it can and fills
// the rest with grey): an image that would give silently wrong numbers.
bool saysImageIsDamaged(const std::string& message);

} // namespace dyve
