#include "runtime/run_result.h"

namespace dyve {

int64_t RunResult::denseOps() const {
    int64_t n = 0;
    for (const LayerStats& l : layers)
        n += l.denseOps;
    return n;
}

int64_t RunResult::executedOps() const {
    int64_t n = 0;
    for (const LayerStats& l : layers)
        n += l.executedOps;
    return n;
}

int64_t RunResult::zeroWeightOps() const {
    int64_t n = 0;
    for (const LayerStats& l : layers)
        n += l.zeroWeightOps;
    return n;
}

} // namespace dyve
