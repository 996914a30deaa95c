// loadEffortProfile on any text as a profile, then its knobs at a few efforts; a profile it accepts must
// be written and read back to the same JSON (saveEffortProfile then loadEffortProfile: SPEC §4.7).

#include "core/errors.h"
#include "effort/effort_profile.h"
#include "fuzz_files.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string path = dyve::fuzz::writeScratch("model.profile.json", data, size);
    dyve::EffortProfile profile;
    try {
        profile = dyve::loadEffortProfile(path);
        for (double effort : {0.0, 0.37, 1.0})
            profile.settingsAt(effort);
    } catch (const dyve::Error&) {
        return 0;
    }
    const std::string text = dyve::effortProfileJson(profile);
    if (dyve::effortProfileJson(dyve::parseEffortProfile(text, path + " (as written)")) != text) {
        std::fprintf(stderr, "effort profile changed when written and read back:\n%s\n", text.c_str());
        std::abort();
    }
    return 0;
}
