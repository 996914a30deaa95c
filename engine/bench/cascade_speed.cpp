#include "bench/cascade_speed.h"

#include "data/classification.h"

namespace dyve {

CascadeSpeed measureCascadeSpeed(WidthCascade& cascade, Network& fullWidth, const std::vector<Tensor>& images,
                                 int warmup, int runs, const std::function<void(int, int)>& progress) {
    CascadeSpeed speed;
    speed.images = images.size();
    speed.stopShare.assign(cascade.widthCount(), 0.0);
    if (images.empty()) return speed;
    // One untimed pass of each for the figures that do not depend on time.
    std::vector<std::vector<Tensor>> inputs;
    for (const Tensor& image : images)
        inputs.push_back({image});
    CascadeRun run;
    RunResult full;
    size_t same = 0;
    for (const std::vector<Tensor>& input : inputs) {
        cascade.run(input.front(), run);
        fullWidth.run(input, full);
        speed.stopShare[run.reached] += 1.0;
        speed.cascadeOps += double(run.result.executedOps());
        speed.fullWidthOps += double(full.executedOps());
        same += topClass(run.result.outputs.front()) == topClass(full.outputs.front());
    }
    const double n = double(images.size());
    for (double& share : speed.stopShare)
        share /= n;
    speed.cascadeOps /= n;
    speed.fullWidthOps /= n;
    speed.agreement = double(same) / n;

    const std::vector<Timing> timings =
        measureInterleaved({[&] {
                                for (const std::vector<Tensor>& input : inputs)
                                    fullWidth.run(input, full);
                            },
                            [&] {
                                for (const std::vector<Tensor>& input : inputs)
                                    cascade.run(input.front(), run);
                            }},
                           warmup, runs, progress, 2);
    speed.fullWidth = timings[0];
    speed.cascade = timings[1];
    return speed;
}

} // namespace dyve
