#pragma once

#include "graph/graph.h"

#include <string>
#include <vector>

namespace dyve {

// Where the effort path can run in a graph (SPEC §4.3–§4.6). The mechanisms need a convolution or fully
// connected layer whose output goes through a ReLU, so that SPET can predict saturation, SDSS can call a
// region insignificant and the ReLU is applied by the effort layer itself. Four shapes of graph qualify:
//
//   (a) Conv → Relu                  the Relu is fused into the Conv in both modes (as the dense path does)
//   (b) Conv → MaxPool → Relu        ReLU and max pooling commute exactly (both are monotone, and a max
//                                    over values ≥ 0 is ≥ 0), so the Conv applies the ReLU in both modes
//                                    and the Relu after the pool has nothing left to do (cifar10-quick's
//                                    conv1)
//   (c) Conv → Add(·, shortcut) → Relu   a residual block: in effort mode the Conv adds the shortcut and
//                                    applies the ReLU itself (EffortConv's residual), and the Add and the
//                                    Relu do nothing; in dense mode they run in place on the Conv's output
//   (d) Gemm → Relu                  a fully connected layer (EffortConv::fullyConnected); the Relu runs in
//                                    place in dense mode and does nothing in effort mode
//
// Each value that is rectified must have no other reader and not be a graph output, so applying the ReLU
// early changes nothing anyone sees.

enum class EffortRole {
    None,        // runs its dense layer in both modes
    Layer,       // an effort-eligible Conv or Gemm: runs its EffortConv in effort mode
    AppliedRelu, // a Relu that the Conv before it applies in both modes, (a) and (b): never run
    EffortTail,  // the Add and Relu of (c), the Relu of (d): in place in dense mode, not run in effort mode
};

struct NodeEffortPlan {
    EffortRole role = EffortRole::None;
    // A Conv or Gemm that runs dense in effort mode: why (for `dyve info` and the studio).
    std::string ineligibility;
    // Layer: it applies the ReLU itself in both modes, (a) and (b).
    bool fusesRelu = false;
    // Layer: a Gemm, run as EffortConv::fullyConnected.
    bool fullyConnected = false;
    // Layer of (c): the value added before the ReLU, and the index of the Add node.
    std::string shortcut;
    int residualAdd = -1;
    // AppliedRelu and EffortTail: the index of the Layer node whose ReLU or residual this is.
    int head = -1;
    // AppliedRelu and EffortTail: the node's output is another name for its input number inPlaceInput's
    // buffer (the run writes it in place, or not at all).
    int inPlaceInput = -1;
};

// The graph rewrite of (c): a residual block whose two branches are both convolutions (ResNet's
// downsampling blocks: conv2 and the 1×1 shortcut conv) takes the effort path on the larger one, and the
// shortcut must be computed before it. Moves the chosen Conv of every residual block to directly before its
// Add: valid in any graph (the Conv's input is computed earlier, its only reader is the Add), and the same
// computations in both modes.
void placeResidualConvolutions(Graph& graph);

// The role of every node, in node order.
std::vector<NodeEffortPlan> planEffortPatterns(const Graph& graph);

} // namespace dyve
