<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WidthOptions</name>
    <message>
        <location filename="../widgets/models/width_options.cpp" line="14"/>
        <location filename="../widgets/models/width_options.cpp" line="25"/>
        <source>100% (full)</source>
        <translation>100%（全宽）</translation>
    </message>
    <message>
        <location filename="../widgets/models/width_options.cpp" line="17"/>
        <source>%1 (not trained: truncated)</source>
        <translation>%1（未训练：截断）</translation>
    </message>
</context>
<context>
    <name>dyve::ui::CameraDialog</name>
    <message>
        <location filename="../widgets/input/camera_dialog.cpp" line="38"/>
        <source>Play video files at their frame rate</source>
        <translation>按视频文件自身的帧率播放</translation>
    </message>
    <message>
        <location filename="../widgets/input/camera_dialog.cpp" line="39"/>
        <source>Open Camera</source>
        <translation>打开摄像头</translation>
    </message>
    <message>
        <location filename="../widgets/input/camera_dialog.cpp" line="50"/>
        <source>Unticked, a video file&apos;s frames are run one after another as fast as the engine goes</source>
        <translation>不勾选时，视频文件的各帧按引擎的最快速度依次运行</translation>
    </message>
    <message>
        <location filename="../widgets/input/camera_dialog.cpp" line="52"/>
        <source>Video File…</source>
        <translation>视频文件…</translation>
    </message>
    <message>
        <location filename="../widgets/input/camera_dialog.cpp" line="56"/>
        <source>Video File as Camera</source>
        <translation>用视频文件代替摄像头</translation>
    </message>
    <message>
        <location filename="../widgets/input/camera_dialog.cpp" line="57"/>
        <source>Videos (*.avi *.mp4 *.mkv *.mov *.webm *.mjpeg);;All files (*)</source>
        <translation>视频 (*.avi *.mp4 *.mkv *.mov *.webm *.mjpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/input/camera_dialog.cpp" line="61"/>
        <source>A device number (0), a device (/dev/video0), a GStreamer pipeline ending in appsink, or a video file standing in for a camera.</source>
        <translation>设备编号（0）、设备（/dev/video0）、以 appsink 结尾的 GStreamer 管道，或代替摄像头的视频文件。</translation>
    </message>
</context>
<context>
    <name>dyve::ui::CameraWorker</name>
    <message>
        <location filename="../widgets/jobs/camera_worker.cpp" line="161"/>
        <source>%1 · frame %2</source>
        <translation>%1 · 第 %2 帧</translation>
    </message>
</context>
<context>
    <name>dyve::ui::ComparisonView</name>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="41"/>
        <source>Turn on View ▸ Compare with Dense to run each input both ways.</source>
        <translation>请打开“视图 ▸ 与稠密运行对比”，以两种方式运行每个输入。</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="49"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="49"/>
        <source>Speed-up</source>
        <translation>加速比</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="49"/>
        <source>Operations</source>
        <translation>运算次数</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="49"/>
        <source>Reduction</source>
        <translation>减少倍数</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="50"/>
        <source>Engine time of the run</source>
        <translation>本次运行的引擎时间</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="50"/>
        <source>Dense time ÷ this time</source>
        <translation>稠密时间 ÷ 本次时间</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="51"/>
        <source>Executed operations (SPEC §4.6), overheads included</source>
        <translation>实际执行的运算次数（SPEC §4.6），含额外开销</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="52"/>
        <source>Dense ÷ executed operations</source>
        <translation>稠密运算次数 ÷ 实际运算次数</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="124"/>
        <source>Dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="126"/>
        <source>Effort</source>
        <translation>可变计算量</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="127"/>
        <source>Effort · level %1</source>
        <translation>可变计算量 · 等级 %1</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="128"/>
        <source>Effort · level %1 (dense)</source>
        <translation>可变计算量 · 等级 %1（稠密）</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="141"/>
        <source>%1 ms (median of %2)</source>
        <translation>%1 ms（%2 次的中位数）</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="143"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="145"/>
        <source>timing…</source>
        <translation>计时中…</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="149"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="151"/>
        <source>%1 (±%2%)</source>
        <translation>%1（±%2%）</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="163"/>
        <source>✓ Top-1 agrees: %1</source>
        <translation>✓ Top-1 一致：%1</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="164"/>
        <source>✗ Top-1 differs: dense %1, effort %2</source>
        <translation>✗ Top-1 不同：稠密 %1，可变计算量 %2</translation>
    </message>
</context>
<context>
    <name>dyve::ui::DemoMode</name>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="29"/>
        <source>DyVE Studio — Demo</source>
        <translation>DyVE Studio — 演示</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="35"/>
        <source>Cannot open the model: %1</source>
        <translation>无法打开模型：%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="42"/>
        <source>Sample images: %1</source>
        <translation>示例图像：%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="46"/>
        <source>Cannot open the images: %1</source>
        <translation>无法打开图像：%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="58"/>
        <source>%1 · %2×%3 at %4 fps</source>
        <translation>%1 · %2×%3，%4 fps</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="59"/>
        <source>%1 · %2×%3</source>
        <translation>%1 · %2×%3</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="64"/>
        <source>Camera: %1 — showing the sample images instead.</source>
        <translation>摄像头：%1 — 改为显示示例图像。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="120"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>dyve::ui::DemoReadout</name>
    <message>
        <location filename="../widgets/models/demo_readout.cpp" line="42"/>
        <source>– fps</source>
        <translation>– fps</translation>
    </message>
    <message>
        <location filename="../widgets/models/demo_readout.cpp" line="43"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../widgets/models/demo_readout.cpp" line="48"/>
        <source>– ms per frame</source>
        <translation>每帧 – ms</translation>
    </message>
    <message>
        <location filename="../widgets/models/demo_readout.cpp" line="49"/>
        <source>%1 ms per frame</source>
        <translation>每帧 %1 ms</translation>
    </message>
    <message>
        <location filename="../widgets/models/demo_readout.cpp" line="55"/>
        <source>%1 ms camera → screen</source>
        <translation>摄像头 → 屏幕 %1 ms</translation>
    </message>
</context>
<context>
    <name>dyve::ui::DemoView</name>
    <message>
        <location filename="../widgets/demo/demo_view.cpp" line="125"/>
        <source>Effort level: 0 runs the dense network (exact); 1 the most aggressive level tuned for the model, which skips the most work</source>
        <translation>计算量等级：0 运行稠密网络（精确）；1 为针对该模型调优的最激进等级，跳过的计算最多</translation>
    </message>
    <message>
        <location filename="../widgets/demo/demo_view.cpp" line="140"/>
        <source>Effort overlay</source>
        <translation>计算量叠加层</translation>
    </message>
    <message>
        <location filename="../widgets/demo/demo_view.cpp" line="141"/>
        <source>Tint the picture where the effort path skipped work</source>
        <translation>在可变计算量路径跳过计算的位置为画面着色</translation>
    </message>
    <message>
        <location filename="../widgets/demo/demo_view.cpp" line="158"/>
        <source>Leave the demo (Esc)</source>
        <translation>退出演示（Esc）</translation>
    </message>
    <message>
        <location filename="../widgets/demo/demo_view.cpp" line="238"/>
        <source>✔ correct</source>
        <translation>✔ 正确</translation>
    </message>
    <message>
        <location filename="../widgets/demo/demo_view.cpp" line="238"/>
        <source>✘ truth: %1</source>
        <translation>✘ 真实类别：%1</translation>
    </message>
    <message>
        <location filename="../widgets/demo/demo_view.cpp" line="246"/>
        <source>%1 · width %2</source>
        <translation>%1 · 宽度 %2</translation>
    </message>
    <message>
        <location filename="../widgets/demo/demo_view.cpp" line="323"/>
        <location filename="../widgets/demo/demo_view.cpp" line="350"/>
        <source>Effort level %1</source>
        <translation>计算量等级 %1</translation>
    </message>
</context>
<context>
    <name>dyve::ui::EffortLegend</name>
    <message>
        <location filename="../widgets/common/effort_legend.cpp" line="23"/>
        <source>Tinted where the effort path skipped work (SPET, SDSS): the share of neurons computed exactly at each place of the image, over every effort layer, weighted by its operations</source>
        <translation>在可变计算量路径跳过计算处着色（SPET、SDSS）：图像各位置上精确计算的神经元比例，涵盖所有可变计算量层，并按其运算次数加权</translation>
    </message>
    <message>
        <location filename="../widgets/common/effort_legend.cpp" line="28"/>
        <source>more effort</source>
        <translation>计算量较多</translation>
    </message>
    <message>
        <location filename="../widgets/common/effort_legend.cpp" line="32"/>
        <source>less effort</source>
        <translation>计算量较少</translation>
    </message>
</context>
<context>
    <name>dyve::ui::EvaluationJob</name>
    <message>
        <location filename="../widgets/jobs/evaluation_job.cpp" line="24"/>
        <source>dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/evaluation_job.cpp" line="25"/>
        <source>Evaluating %1 on %2 at %3</source>
        <translation>在 %2 上以 %3 评估 %1</translation>
    </message>
</context>
<context>
    <name>dyve::ui::EvaluationPage</name>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="46"/>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="47"/>
        <source>Top-1</source>
        <translation>Top-1</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="48"/>
        <source>Top-5</source>
        <translation>Top-5</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="49"/>
        <source>Images per second</source>
        <translation>每秒图像数</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="50"/>
        <source>Engine time per image</source>
        <translation>每张图像的引擎时间</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="51"/>
        <source>Dense beside it</source>
        <translation>并列的稠密结果</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="70"/>
        <source>dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="71"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; at &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 在 &lt;b&gt;%2&lt;/b&gt; 上，设置 &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="75"/>
        <source>after the effort run</source>
        <translation>在 effort 运行之后</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="76"/>
        <source>Loading the model and the data set…</source>
        <translation>正在加载模型和数据集…</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="84"/>
        <source>No evaluation yet: start one from the Tools menu.</source>
        <translation>尚无评估：请从“工具”菜单开始。</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="92"/>
        <source>Evaluating: %1 of %2 images</source>
        <translation>评估中：%1 / %2 张图像</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="106"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="113"/>
        <source>top-1 %1, %2 ms per image; the top-1 differs on %n image(s)</source>
        <translation>
            <numerusform>top-1 %1，每张图像 %2 ms；top-1 在 %n 张图像上不同</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="136"/>
        <source>Finished: %1 images</source>
        <translation>已完成：%1 张图像</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="140"/>
        <source>Cancelled after %1 of %2 images</source>
        <translation>已在 %1 / %2 张图像后取消</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="145"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>dyve::ui::HeatmapCanvas</name>
    <message>
        <location filename="../widgets/heatmap/heatmap_canvas.cpp" line="48"/>
        <source>Output map %1 of %2: %3 neurons, all computed (dense run)</source>
        <translation>输出特征图 %1/%2：%3 个神经元，全部已计算（稠密运行）</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_canvas.cpp" line="54"/>
        <source>Output map %1 of %2
computed: %3
SPET terminated: %4 (%5 %)
SDSS interpolated: %6 (%7 %)</source>
        <translation>输出特征图 %1/%2
已计算：%3
SPET 提前终止：%4（%5 %）
SDSS 插值：%6（%7 %）</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_canvas.cpp" line="67"/>
        <source>Input map %1: approximated by its mean (SFMA)</source>
        <translation>输入特征图 %1：以均值近似（SFMA）</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_canvas.cpp" line="69"/>
        <source>Input map %1: all zero, skipped</source>
        <translation>输入特征图 %1：全为零，已跳过</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_canvas.cpp" line="71"/>
        <source>Input map %1: computed</source>
        <translation>输入特征图 %1：已计算</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_canvas.cpp" line="74"/>
        <source>Share of output maps skipped at each position</source>
        <translation>各位置被跳过的输出特征图比例</translation>
    </message>
</context>
<context>
    <name>dyve::ui::HeatmapPainter</name>
    <message>
        <location filename="../widgets/models/heatmap_painter.cpp" line="198"/>
        <source>Input maps (%1)</source>
        <translation>输入特征图（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/models/heatmap_painter.cpp" line="206"/>
        <source>Output feature maps (%1 of %2 computed, the rest not reached × %3×%4)</source>
        <translation>输出特征图（%2 个中计算了 %1 个，其余未到达 × %3×%4）</translation>
    </message>
    <message>
        <location filename="../widgets/models/heatmap_painter.cpp" line="211"/>
        <source>Output feature maps (%1 × %2×%3)</source>
        <translation>输出特征图（%1 × %2×%3）</translation>
    </message>
    <message>
        <location filename="../widgets/models/heatmap_painter.cpp" line="228"/>
        <source>Aggregate: share of maps skipped per position</source>
        <translation>汇总：各位置被跳过的特征图比例</translation>
    </message>
</context>
<context>
    <name>dyve::ui::HeatmapView</name>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="55"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="57"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="58"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="59"/>
        <source>A size that shows each map at about 64 pixels</source>
        <translation>使每张特征图约为 64 像素的大小</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="87"/>
        <source>computed</source>
        <translation>已计算</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="88"/>
        <source>SPET terminated</source>
        <translation>SPET 提前终止</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="89"/>
        <source>SDSS interpolated</source>
        <translation>SDSS 插值</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="91"/>
        <source>input map approximated (SFMA)</source>
        <translation>输入特征图已近似（SFMA）</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="92"/>
        <source>input map zero-skipped</source>
        <translation>输入特征图全零跳过</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="153"/>
        <source>&amp;Heatmap as PNG…</source>
        <translation>热力图导出为 PNG(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="153"/>
        <source>Export Heatmap</source>
        <translation>导出热力图</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="154"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="196"/>
        <source>No layer selected</source>
        <translation>未选择层</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="197"/>
        <source>Select a layer in the layer table.</source>
        <translation>请在层表中选择一层。</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="199"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="201"/>
        <source>Width cascade: %1 of %2 maps computed, the rest not reached (hatched)</source>
        <translation>宽度级联：%2 个特征图中计算了 %1 个，其余未到达（阴影）</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="205"/>
        <source>effort masks of this run</source>
        <translation>本次运行的计算量掩码</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="206"/>
        <source>Dense run: nothing skipped</source>
        <translation>稠密运行：未跳过任何计算</translation>
    </message>
</context>
<context>
    <name>dyve::ui::InferenceWorker</name>
    <message>
        <location filename="../widgets/jobs/inference_worker.cpp" line="190"/>
        <source>No layer of this model takes the effort path.</source>
        <translation>该模型没有任何层走可变计算量路径。</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/inference_worker.cpp" line="208"/>
        <source>No effort profile for this model, and its card&apos;s default data set &apos;%1&apos; to calibrate the uniform mapping on is not found; load a profile.</source>
        <translation>该模型没有计算量配置，且未找到其模型卡中用于校准均匀映射的默认数据集“%1”；请加载配置。</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/inference_worker.cpp" line="201"/>
        <source>uniform, calibrated on %1 images of %2</source>
        <translation>均匀，在 %2 的 %1 张图像上校准</translation>
    </message>
</context>
<context>
    <name>dyve::ui::InputView</name>
    <message>
        <location filename="../widgets/input/input_view.cpp" line="21"/>
        <source>Effort overlay</source>
        <translation>计算量叠加层</translation>
    </message>
    <message>
        <location filename="../widgets/input/input_view.cpp" line="84"/>
        <source>%1 — answered at width %2 by the width cascade</source>
        <translation>%1 — 宽度级联在宽度 %2 处给出答案</translation>
    </message>
    <message>
        <location filename="../widgets/input/input_view.cpp" line="86"/>
        <source>%1 — at width %2</source>
        <translation>%1 — 宽度 %2</translation>
    </message>
    <message>
        <location filename="../widgets/input/input_view.cpp" line="104"/>
        <source>ground truth unknown</source>
        <translation>真实标签未知</translation>
    </message>
    <message>
        <location filename="../widgets/input/input_view.cpp" line="111"/>
        <source>✔ %1 — correct</source>
        <translation>✔ %1 — 正确</translation>
    </message>
    <message>
        <location filename="../widgets/input/input_view.cpp" line="112"/>
        <source>✘ truth: %1 — predicted %2</source>
        <translation>✘ 真实：%1 — 预测：%2</translation>
    </message>
    <message>
        <location filename="../widgets/input/input_view.cpp" line="145"/>
        <source>No input yet</source>
        <translation>尚无输入</translation>
    </message>
    <message>
        <location filename="../widgets/input/input_view.cpp" line="173"/>
        <source>Tint the image where the effort path skipped work</source>
        <translation>在可变计算量路径跳过计算的位置为图像着色</translation>
    </message>
    <message>
        <location filename="../widgets/input/input_view.cpp" line="174"/>
        <source>The overlay shows where an effort run spent its work; a dense run has none</source>
        <translation>叠加层显示可变计算量运行把计算花在了哪里；稠密运行没有叠加层</translation>
    </message>
</context>
<context>
    <name>dyve::ui::JobProgressWidget</name>
    <message>
        <location filename="../widgets/common/job_progress_widget.cpp" line="23"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/common/job_progress_widget.cpp" line="24"/>
        <source>Stop after the current batch; the figures of what was done are kept</source>
        <translation>在当前批次之后停止；已完成部分的结果会保留</translation>
    </message>
    <message>
        <location filename="../widgets/common/job_progress_widget.cpp" line="52"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>dyve::ui::KnobPanel</name>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="55"/>
        <source>Reset Overrides</source>
        <translation>重置覆盖</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="56"/>
        <source>Load Profile…</source>
        <translation>加载配置…</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="57"/>
        <source>Save Profile…</source>
        <translation>保存配置…</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="82"/>
        <source>Effort level: 0 runs the dense network (exact), 1 the most aggressive setting of the profile; every change re-runs the current input</source>
        <translation>计算量等级：0 运行稠密网络（精确），1 为配置中最激进的设置；每次更改都会重新运行当前输入</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="86"/>
        <source>The effort level: 0 dense, 1 the profile&apos;s most aggressive tuned setting</source>
        <translation>计算量等级：0 为稠密，1 为配置中调优得到的最激进设置</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="90"/>
        <source>Dense ÷ effort time of the input on screen: medians of repeated runs of each, after a warm-up, timed by the engine; ± is half the interquartile range of the run-pair ratios</source>
        <translation>屏幕上输入的稠密 ÷ effort 时间：预热后两条路径各重复运行的中位数，由引擎计时；± 为成对运行比值四分位距的一半</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="98"/>
        <source>Dense ÷ executed operations of the run on screen</source>
        <translation>当前显示运行的稠密运算次数 ÷ 实际运算次数</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="105"/>
        <source>Runtime channel width: every convolution computes this share of its output channels, with the head trained for that width when the model has one (the effort knobs run at full width)</source>
        <translation>运行时通道宽度：每个卷积计算其输出通道的这一比例；模型有该宽度训练的分类头时使用它（effort 旋钮只在全宽时生效）</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="117"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="122"/>
        <source>Effort level</source>
        <translation>计算量等级</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="130"/>
        <source>SPET</source>
        <translation>SPET</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="130"/>
        <source>SDSS</source>
        <translation>SDSS</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="130"/>
        <source>SFMA</source>
        <translation>SFMA</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="132"/>
        <source>Saturation prediction (SPEC §4.3): 100 % keeps the profile&apos;s τ, lower values predict only further below the mean, 0 % turns SPET off</source>
        <translation>饱和预测（SPEC §4.3）：100 % 保持配置中的 τ，数值越低只对距均值更远的下方进行预测，0 % 关闭 SPET</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="135"/>
        <source>Selective sampling (SPEC §4.4): the profile&apos;s θ scaled; 0 % turns SDSS off</source>
        <translation>选择性采样（SPEC §4.4）：按比例缩放配置中的 θ；0 % 关闭 SDSS</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="136"/>
        <source>Feature-map approximation (SPEC §4.5): the profile&apos;s ν scaled; 0 % turns its lossy part off</source>
        <translation>特征图近似（SPEC §4.5）：按比例缩放配置中的 ν；0 % 关闭其有损部分</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="197"/>
        <source>Reset This Layer</source>
        <translation>重置此层</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="200"/>
        <source>Reset All Overrides</source>
        <translation>重置所有覆盖</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="210"/>
        <source>Every layer back to the knobs of the profile at the chosen level</source>
        <translation>将每层恢复为配置在所选等级下的参数</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="211"/>
        <source>Use another effort profile made for this model (dyve tune writes them)</source>
        <translation>使用为该模型生成的其他计算量配置（由 dyve tune 生成）</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="213"/>
        <source>Write the profile with the mechanism scales and overrides applied to every level</source>
        <translation>写出配置，并将各机制的缩放和覆盖应用到每个等级</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="320"/>
        <source>Width %1: the first %1 of every layer&apos;s channels, dense</source>
        <translation>宽度 %1：每层前 %1 的通道，稠密计算</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="328"/>
        <source>Dense: no knob is on at level %1</source>
        <translation>稠密：级别 %1 没有开启任何旋钮</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="330"/>
        <source>Dense: the reference speed</source>
        <translation>稠密：参考速度</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="334"/>
        <source>Timing against dense…</source>
        <translation>正在与稠密对比计时…</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="336"/>
        <source>Speed-up not measured (timed when an input is stepped to, not while playing)</source>
        <translation>未测量加速比（单步切换输入时计时，播放时不计时）</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="350"/>
        <source>Width cascade: stopped at %1, its head %2 sure (threshold %3)</source>
        <translation>宽度级联：在 %1 处停止，其分类头置信度 %2（阈值 %3）</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="353"/>
        <source>Width cascade: widened to %1, no narrower head was sure enough</source>
        <translation>宽度级联：加宽到 %1，没有更窄的分类头足够确定</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="371"/>
        <source>%1 fewer operations than the full width on the input shown</source>
        <translation>在显示的输入上比全宽少 %1 的运算</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="375"/>
        <source>Dense: every operation executed</source>
        <translation>稠密：执行全部运算</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="378"/>
        <source>%1 on the input shown</source>
        <translation>%1（当前输入）</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="384"/>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="389"/>
        <source>No effort profile: the model runs dense</source>
        <translation>无计算量配置：模型以稠密方式运行</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="395"/>
        <source>Profile: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="400"/>
        <source>Every level runs dense: no setting the tuner timed made a layer faster (Tuned column)</source>
        <translation>每个级别都以稠密方式运行：调优器测得的设置均未使任何层更快（见“调优”列）</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="441"/>
        <source>Loaded %1</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="461"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="472"/>
        <source>Load Effort Profile</source>
        <translation>加载计算量配置</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="473"/>
        <source>Effort profiles (*.json);;All files (*)</source>
        <translation>计算量配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="483"/>
        <source>Save Effort Profile</source>
        <translation>保存计算量配置</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="484"/>
        <source>Effort profiles (*.profile.json *.json)</source>
        <translation>计算量配置 (*.profile.json *.json)</translation>
    </message>
</context>
<context>
    <name>dyve::ui::LatencyPlot</name>
    <message>
        <location filename="../widgets/latency/latency_plot.cpp" line="27"/>
        <source>latency (ms)</source>
        <translation>延迟（毫秒）</translation>
    </message>
    <message>
        <location filename="../widgets/latency/latency_plot.cpp" line="15"/>
        <source>dense (ms)</source>
        <translation>稠密 (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/latency/latency_plot.cpp" line="19"/>
        <source>effort (ms)</source>
        <translation>effort (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/latency/latency_plot.cpp" line="23"/>
        <source>effort: operation reduction (×)</source>
        <translation>effort：运算量减少 (×)</translation>
    </message>
    <message>
        <location filename="../widgets/latency/latency_plot.cpp" line="26"/>
        <source>run</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <location filename="../widgets/latency/latency_plot.cpp" line="28"/>
        <source>reduction (×)</source>
        <translation>减少（×）</translation>
    </message>
    <message>
        <location filename="../widgets/latency/latency_plot.cpp" line="46"/>
        <source>&amp;Latency Plot as PNG…</source>
        <translation>延迟图导出为 PNG(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../widgets/latency/latency_plot.cpp" line="46"/>
        <source>Export Latency Plot</source>
        <translation>导出延迟图</translation>
    </message>
    <message>
        <location filename="../widgets/latency/latency_plot.cpp" line="47"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>dyve::ui::LayerKnobsModel</name>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="73"/>
        <source>%1 · %2×</source>
        <translation>%1 · %2×</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="79"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="197"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="218"/>
        <source>Not timed by the tuner: the profile has no layer_timing for this layer (tuned for operations, or before time tuning)</source>
        <translation>调优器未计时：配置文件中没有该层的 layer_timing（按运算量调优，或早于按时间调优）</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="220"/>
        <source>The tuner&apos;s fastest setting for this layer: %1</source>
        <translation>调优器为该层找到的最快设置：%1</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="225"/>
        <source>1 thread</source>
        <translation>1 个线程</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="225"/>
        <source>%1 threads</source>
        <translation>%1 个线程</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="227"/>
        <source>%1: %2 ms dense, %3 ms with it (%4× dense speed)</source>
        <translation>%1：稠密 %2 ms，使用该设置 %3 ms（稠密速度的 %4×）</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="231"/>
        <source>Shipped: on the effort path at level 1</source>
        <translation>已采用：在级别 1 的 effort 路径上</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="233"/>
        <source>Not shipped: it pays in this layer, but not within the accuracy budget</source>
        <translation>未采用：在该层有收益，但超出精度预算</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="235"/>
        <source>Not shipped: it does not make the layer faster, so the layer stays dense</source>
        <translation>未采用：它没有使该层更快，因此该层保持稠密</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="278"/>
        <source>Measured on the input shown: median ms of the layer on the dense path → on the effort path (red: slower than dense)</source>
        <translation>在当前输入上测得：该层在稠密路径 → effort 路径上的中位数 ms（红色：比稠密慢）</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="281"/>
        <source>%1: some knobs overridden (bold); right-click to reset</source>
        <translation>%1：部分参数已覆盖（粗体）；右键单击可重置</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="285"/>
        <source>Overridden: stays at every level until reset (right-click ▸ Reset)</source>
        <translation>已覆盖：在所有等级下保持，直到重置（右键单击 ▸ 重置）</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="286"/>
        <source>From the profile at this level and the mechanism&apos;s scale; double-click to override</source>
        <translation>来自配置在此等级下的值及该机制的缩放；双击可覆盖</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="300"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="302"/>
        <source>SPET p</source>
        <translation>SPET p</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="304"/>
        <source>SPET τ</source>
        <translation>SPET τ</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="306"/>
        <source>SDSS s</source>
        <translation>SDSS s</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="308"/>
        <source>SDSS θ</source>
        <translation>SDSS θ</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="310"/>
        <source>SFMA ν</source>
        <translation>SFMA ν</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="312"/>
        <source>ms dense → effort</source>
        <translation>ms 稠密 → effort</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="314"/>
        <source>Tuned: fastest × dense</source>
        <translation>调优：最快 × 稠密</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="322"/>
        <source>SPET checkpoints: fractions of the significance-ordered inputs summed before predicting (e.g. 0.25 or 0.25, 0.5)</source>
        <translation>SPET 检查点：预测前已累加的、按重要性排序的输入所占比例（例如 0.25 或 0.25, 0.5）</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="325"/>
        <source>SPET threshold τ in pre-activation standard deviations: a neuron whose partial sum is below it is predicted zero; off disables SPET</source>
        <translation>SPET 阈值 τ，以激活前标准差为单位：部分和低于该值的神经元被预测为零；“关”则禁用 SPET</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="328"/>
        <source>SDSS stride s: every s-th row and column is computed first</source>
        <translation>SDSS 步长 s：先计算每隔 s 的行和列</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="330"/>
        <source>SDSS threshold θ in activation standard deviations: positions whose computed neighbours are all at most θ are interpolated; off disables SDSS</source>
        <translation>SDSS 阈值 θ，以激活标准差为单位：已计算邻点均不超过 θ 的位置将被插值；“关”则禁用 SDSS</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="333"/>
        <source>SFMA threshold ν in input standard deviations: input maps whose spread is at most ν are replaced by their mean; off disables the lossy part</source>
        <translation>SFMA 阈值 ν，以输入标准差为单位：离散程度不超过 ν 的输入特征图以其均值替代；“关”则禁用有损部分</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="336"/>
        <source>From the profile&apos;s tuning: the fastest setting timed on this layer and the layer&apos;s speed with it against dense at the fewest threads timed (green: faster at every thread count; red: no faster, so not shipped)</source>
        <translation>来自配置文件的调优：该层测得的最快设置，以及在最少计时线程数下该层相对稠密的速度（绿色：在每个线程数下都更快；红色：没有更快，因此未采用）</translation>
    </message>
</context>
<context>
    <name>dyve::ui::LayerOpsPlot</name>
    <message>
        <location filename="../widgets/layers/layer_ops_plot.cpp" line="24"/>
        <source>dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <location filename="../widgets/layers/layer_ops_plot.cpp" line="29"/>
        <source>executed</source>
        <translation>实际执行</translation>
    </message>
    <message>
        <location filename="../widgets/layers/layer_ops_plot.cpp" line="40"/>
        <source>operations (millions)</source>
        <translation>运算次数（百万）</translation>
    </message>
    <message>
        <location filename="../widgets/layers/layer_ops_plot.cpp" line="55"/>
        <source>&amp;Operations Plot as PNG…</source>
        <translation>运算量图导出为 PNG(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../widgets/layers/layer_ops_plot.cpp" line="55"/>
        <source>Export Operations Plot</source>
        <translation>导出运算量图</translation>
    </message>
    <message>
        <location filename="../widgets/layers/layer_ops_plot.cpp" line="56"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>dyve::ui::LayerTableModel</name>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="158"/>
        <source>Dense run: the effort engine reported nothing for this layer.</source>
        <translation>稠密运行：可变计算量引擎未报告此层的数据。</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="175"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="177"/>
        <source>Operator</source>
        <translation>算子</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="179"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="181"/>
        <source>Dense ops</source>
        <translation>稠密运算</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="183"/>
        <source>Executed ops</source>
        <translation>实际运算</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="185"/>
        <source>Reduction</source>
        <translation>减少倍数</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="187"/>
        <source>Time (ms)</source>
        <translation>时间（毫秒）</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="189"/>
        <source>SPET %</source>
        <translation>SPET %</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="191"/>
        <source>SDSS %</source>
        <translation>SDSS %</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="193"/>
        <source>SFMA %</source>
        <translation>SFMA %</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="195"/>
        <source>Zero-skip %</source>
        <translation>零跳过 %</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="203"/>
        <source>Multiply-accumulates of the dense layer (SPEC §4.6)</source>
        <translation>稠密层的乘加次数（SPEC §4.6）</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="205"/>
        <source>Operations actually executed, overheads included</source>
        <translation>实际执行的运算次数，含额外开销</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="207"/>
        <source>Dense operations divided by executed operations</source>
        <translation>稠密运算次数除以实际运算次数</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="209"/>
        <source>Output neurons predicted saturated and terminated early (SPET)</source>
        <translation>被预测为饱和并提前终止的输出神经元（SPET）</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="211"/>
        <source>Output neurons interpolated from sampled neighbours (SDSS)</source>
        <translation>由采样邻点插值得到的输出神经元（SDSS）</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="213"/>
        <source>Input maps replaced by their mean (SFMA)</source>
        <translation>以均值替代的输入特征图（SFMA）</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="215"/>
        <source>All-zero input maps skipped</source>
        <translation>被跳过的全零输入特征图</translation>
    </message>
</context>
<context>
    <name>dyve::ui::LayerTableView</name>
    <message>
        <location filename="../widgets/layers/layer_table_view.cpp" line="63"/>
        <source>Layer Table as &amp;CSV…</source>
        <translation>层表导出为 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/layers/layer_table_view.cpp" line="63"/>
        <location filename="../widgets/layers/layer_table_view.cpp" line="68"/>
        <source>Export Layer Table</source>
        <translation>导出层表</translation>
    </message>
    <message>
        <location filename="../widgets/layers/layer_table_view.cpp" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/layers/layer_table_view.cpp" line="68"/>
        <source>Layer Table as &amp;JSON…</source>
        <translation>层表导出为 &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../widgets/layers/layer_table_view.cpp" line="69"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>dyve::ui::MainWindow</name>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="94"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="502"/>
        <source>DyVE Studio</source>
        <translation>DyVE Studio</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="129"/>
        <source>Effort profile %1 loaded</source>
        <translation>已加载计算量配置 %1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="132"/>
        <source>Effort profile saved to %1</source>
        <translation>计算量配置已保存到 %1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="140"/>
        <source>Camera %1: %2×%3 at %4 fps</source>
        <translation>摄像头 %1：%2×%3，%4 fps</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="141"/>
        <source>Camera %1: %2×%3</source>
        <translation>摄像头 %1：%2×%3</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="151"/>
        <source>Cannot use the camera.

%1</source>
        <translation>无法使用摄像头。

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="177"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="178"/>
        <source>Heatmaps</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="179"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="180"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="181"/>
        <source>Operations per layer</source>
        <translation>每层运算量</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="182"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="183"/>
        <source>Effort</source>
        <translation>计算量</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="184"/>
        <source>Dense vs Effort</source>
        <translation>稠密与可变计算量对比</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="185"/>
        <source>Pareto</source>
        <translation>帕累托</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="29"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="30"/>
        <source>Open &amp;Model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="34"/>
        <source>Open an ONNX model or a Caffe .prototxt (with its .caffemodel beside it)</source>
        <translation>打开 ONNX 模型或 Caffe .prototxt（其 .caffemodel 位于同一目录）</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="35"/>
        <source>Open &amp;Images…</source>
        <translation>打开图像(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="39"/>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="42"/>
        <source>Open Labelled &amp;Data Set…</source>
        <translation>打开带标签的数据集(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="43"/>
        <source>A list file (path label), an IDX file, or a folder per class</source>
        <translation>列表文件（路径 标签）、IDX 文件，或每类一个文件夹</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="44"/>
        <source>Open &amp;Camera…</source>
        <translation>打开摄像头(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="48"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="49"/>
        <source>A camera, a GStreamer pipeline or a video file standing in for a camera</source>
        <translation>摄像头、GStreamer 管道或代替摄像头的视频文件</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="50"/>
        <source>Open &amp;Bundled Example</source>
        <translation>打开内置示例(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="53"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="54"/>
        <source>&amp;Report as HTML…</source>
        <translation>HTML 报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="65"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="70"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="71"/>
        <source>Step &amp;Back</source>
        <translation>上一张(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="310"/>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="75"/>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="77"/>
        <source>Step &amp;Forward</source>
        <translation>下一张(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="81"/>
        <source>Stop &amp;Camera</source>
        <translation>停止摄像头(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="86"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="88"/>
        <source>&amp;Evaluate Current Data Set</source>
        <translation>评估当前数据集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="91"/>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="93"/>
        <source>Top-1 and top-5 of the model over the labelled inputs that are open</source>
        <translation>模型在已打开的带标签输入上的 Top-1 和 Top-5</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="95"/>
        <source>Evaluate Data Set &amp;File…</source>
        <translation>评估数据集文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="96"/>
        <source>A list file (path label) or an IDX file</source>
        <translation>列表文件（路径 标签）或 IDX 文件</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="98"/>
        <source>Evaluate Data Set F&amp;older…</source>
        <translation>评估数据集文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="99"/>
        <source>A folder per class, or a folder with a labels.txt</source>
        <translation>每个类别一个文件夹，或包含 labels.txt 的文件夹</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="116"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="121"/>
        <source>&amp;Demo Mode</source>
        <translation>演示模式(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="128"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="130"/>
        <source>Full screen: the picture, the prediction in big type and one effort slider (Esc leaves)</source>
        <translation>全屏：画面、大字显示的预测结果和一个计算量滑块（Esc 退出）</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="136"/>
        <source>Compare with &amp;Dense</source>
        <translation>与稠密运行对比(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="137"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="140"/>
        <source>Also run each input dense and show both side by side: top-5, latency, operations, and whether the top-1 agrees</source>
        <translation>同时以稠密方式运行每个输入并并排显示两者：Top-5、延迟、运算次数，以及 Top-1 是否一致</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="153"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="154"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="158"/>
        <source>System Default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="168"/>
        <source>The language changes when DyVE Studio is started again.</source>
        <translation>语言将在下次启动 DyVE Studio 时生效。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="174"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="175"/>
        <source>&amp;About DyVE Studio</source>
        <translation>关于 DyVE Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="177"/>
        <source>About DyVE Studio</source>
        <translation>关于 DyVE Studio</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="178"/>
        <source>&lt;b&gt;DyVE Studio %1&lt;/b&gt;&lt;p&gt;Dynamic variable-effort CNN inference: load a model and images, watch the engine run, and see per layer where the effort went.&lt;/p&gt;</source>
        <translation>&lt;b&gt;DyVE Studio %1&lt;/b&gt;&lt;p&gt;动态可变计算量的 CNN 推理：加载模型和图像，实时观察引擎运行，并逐层查看计算量花在了哪里。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="185"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="197"/>
        <source>Input to show; dragging runs each one (the newest request wins)</source>
        <translation>要显示的输入；拖动时逐个运行（以最新请求为准）</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="232"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="239"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="263"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="392"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="272"/>
        <source>Opening camera %1…</source>
        <translation>正在打开摄像头 %1…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="34"/>
        <source>Open a model before evaluating a data set.</source>
        <translation>评估数据集之前请先打开模型。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="38"/>
        <source>An evaluation is already running; cancel it first.</source>
        <translation>已有评估正在运行；请先取消它。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="83"/>
        <source>Evaluation cancelled after %1 images</source>
        <translation>评估已在 %1 张图像后取消</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="88"/>
        <source>Cannot evaluate the data set.

%1</source>
        <translation>无法评估该数据集。

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="133"/>
        <source>Open a model before sweeping effort levels.</source>
        <translation>扫描计算量等级之前请先打开模型。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="119"/>
        <source>A sweep or tuning is already running; cancel it first.</source>
        <translation>已有扫描或调优正在运行；请先取消它。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="71"/>
        <source>Evaluated %1 images at %2: top-1 %3, top-5 %4, %5 images/s</source>
        <translation>已以 %2 评估 %1 张图像：top-1 %3，top-5 %4，%5 张/秒</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="76"/>
        <source>dense %1, top-1 differs on %2 images</source>
        <translation>稠密 %1，top-1 在 %2 张图像上不同</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="150"/>
        <source>Cannot sweep effort levels.

%1</source>
        <translation>无法扫描计算量等级。

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="162"/>
        <source>Open a model before tuning an effort profile.</source>
        <translation>调优计算量配置之前请先打开模型。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="174"/>
        <source>Cannot tune an effort profile.

%1</source>
        <translation>无法调优计算量配置。

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="176"/>
        <source>Tuned profile written to %1 and loaded</source>
        <translation>调优后的配置已写入 %1 并已加载</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="192"/>
        <source>Write the Tuned Profile</source>
        <translation>写入调优后的配置</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="192"/>
        <source>Effort profiles (*.profile.json)</source>
        <translation>计算量配置 (*.profile.json)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="342"/>
        <source>Loaded %1: %2 layers, %3 operations per input</source>
        <translation>已加载 %1：%2 层，每个输入 %3 次运算</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="356"/>
        <source>Open images, a folder or a data set to run the model.</source>
        <translation>请打开图像、文件夹或数据集以运行模型。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="366"/>
        <source>Cannot open the model.

%1</source>
        <translation>无法打开模型。

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="368"/>
        <source>Still using %1.</source>
        <translation>仍在使用 %1。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="382"/>
        <source>Opened %1 labelled inputs from %2</source>
        <translation>已从 %2 打开 %1 个带标签的输入</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="383"/>
        <source>Opened %1 images from %2</source>
        <translation>已从 %2 打开 %1 张图像</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="397"/>
        <source>Cannot open the inputs.

%1</source>
        <translation>无法打开输入。

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="430"/>
        <source>width cascade, answered at %1</source>
        <translation>宽度级联，在 %1 处给出答案</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="431"/>
        <source>effort %1</source>
        <translation>计算量 %1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="433"/>
        <source>%1 ms · %2 of %3 operations · %4</source>
        <translation>%1 毫秒 · 运算 %2 / %3 · %4</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="432"/>
        <source>dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="502"/>
        <source>%1 — DyVE Studio</source>
        <translation>%1 — DyVE Studio</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="505"/>
        <source>%1 · input %2</source>
        <translation>%1 · 输入 %2</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="506"/>
        <source>no model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="514"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="514"/>
        <source>no inputs</source>
        <translation>无输入</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_export.cpp" line="37"/>
        <source>%1: nothing to report yet: open a model and run an input first</source>
        <translation>%1：尚无可报告的内容：请先打开模型并运行一个输入</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_export.cpp" line="80"/>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_export.cpp" line="88"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_export.cpp" line="88"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_export.cpp" line="102"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="101"/>
        <source>&amp;Sweep Effort Levels</source>
        <translation>扫描计算量等级(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="102"/>
        <source>Accuracy, operations and time at effort levels 0 … 1 and dense, over the labelled inputs that are open (else the model&apos;s default data set)</source>
        <translation>在计算量等级 0 … 1 及稠密下的准确率、运算次数和时间，基于已打开的带标签输入（否则使用模型的默认数据集）</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="104"/>
        <source>&amp;Tune Effort Profile…</source>
        <translation>调优计算量配置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="106"/>
        <source>Search per-layer knobs within 0.5 points of dense top-1 and write a profile</source>
        <translation>在稠密 Top-1 的 0.5 个百分点以内搜索每层参数并写出配置</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="109"/>
        <source>&amp;Cancel Background Job</source>
        <translation>取消后台任务(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="438"/>
        <source>knob → view %1 ms</source>
        <translation>调节 → 显示 %1 ms</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="441"/>
        <source>camera → view %1 ms</source>
        <translation>摄像头 → 视图 %1 ms</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="444"/>
        <source>Engine time of the run on screen, its executed and dense operations, and the time from the last knob change to its result on screen</source>
        <translation>当前显示运行的引擎时间、其实际与稠密运算次数，以及从上次参数调节到结果显示的时间</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="472"/>
        <source>dense (effort %1)</source>
        <translation>稠密（effort %1）</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="475"/>
        <source>profile %1</source>
        <translation>配置文件 %1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="477"/>
        <source>effort %1 (%2)</source>
        <translation>effort %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="529"/>
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="530"/>
        <source>Models (*.onnx *.prototxt);;ONNX (*.onnx);;Caffe (*.prototxt);;All files (*)</source>
        <translation>模型 (*.onnx *.prototxt);;ONNX (*.onnx);;Caffe (*.prototxt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="536"/>
        <source>Open Images</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="537"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.tif *.tiff *.webp);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.tif *.tiff *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="544"/>
        <source>Open Folder of Images</source>
        <translation>打开图像文件夹</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="553"/>
        <source>Open Labelled Data Set</source>
        <translation>打开带标签的数据集</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="554"/>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="199"/>
        <source>List or IDX files (*.txt *.idx3-ubyte *.gz *-ubyte);;All files (*)</source>
        <translation>列表或 IDX 文件 (*.txt *.idx3-ubyte *.gz *-ubyte);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="198"/>
        <source>Evaluate Data Set</source>
        <translation>评估数据集</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="206"/>
        <source>Evaluate Data Set Folder</source>
        <translation>评估数据集文件夹</translation>
    </message>
</context>
<context>
    <name>dyve::ui::ParetoPage</name>
    <message numerus="yes">
        <location filename="../widgets/pareto/pareto_page.cpp" line="35"/>
        <source>%1 (%n images)</source>
        <translation>
            <numerusform>%1（%n 张图像）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="62"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="63"/>
        <source>Stop at the next batch; the points measured so far are kept</source>
        <translation>在下一批次处停止；已测得的点会保留</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="71"/>
        <source>Time (ms per image)</source>
        <translation>时间（每张图像 ms）</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="72"/>
        <source>Images per second</source>
        <translation>每秒图像数</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="73"/>
        <source>Executed operations</source>
        <translation>实际运算次数</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="74"/>
        <source>Operation reduction (×)</source>
        <translation>运算量减少（×）</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="78"/>
        <source>x axis:</source>
        <translation>x 轴：</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="103"/>
        <source>The tuner&apos;s steps, accepted and rejected</source>
        <translation>调优器的各步骤，包括接受的和拒绝的</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="155"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="180"/>
        <source>Effort sweep of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的计算量扫描</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="182"/>
        <source>Loading the model and the data set…</source>
        <translation>正在加载模型和数据集…</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="208"/>
        <source>Tuning an effort profile for &lt;b&gt;%1&lt;/b&gt; (budget %2 pp of top-1)</source>
        <translation>正在为 &lt;b&gt;%1&lt;/b&gt; 调优计算量配置（预算：Top-1 %2 个百分点）</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="210"/>
        <source>Loading the model and the tuning set…</source>
        <translation>正在加载模型和调优数据集…</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="256"/>
        <source>No sweep or tuning yet: start one from the Tools menu, or open a tuned profile.</source>
        <translation>尚无扫描或调优：请从“工具”菜单开始，或打开调优后的配置。</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="275"/>
        <source>&amp;Pareto Plot as PNG…</source>
        <translation>帕累托图导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="275"/>
        <source>Export Pareto Plot</source>
        <translation>导出帕累托图</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="276"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="291"/>
        <source>Profile: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="292"/>
        <source>tuned in this session</source>
        <translation>在本次会话中调优</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="299"/>
        <source>Tuned on %1 within %2 pp: top-1 %3 % (dense %4 %), %5× fewer operations at effort 1</source>
        <translation>在 %1 上调优，限 %2 个百分点以内：Top-1 %3 %（稠密 %4 %），计算量 1 时运算次数少 %5×</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pareto/pareto_page.cpp" line="331"/>
        <source>Finished: %n points</source>
        <translation>
            <numerusform>已完成：%n 个点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pareto/pareto_page.cpp" line="335"/>
        <source>Cancelled: %n points measured, the one under way dropped</source>
        <translation>
            <numerusform>已取消：已测得 %n 个点，正在测量的点已丢弃</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="338"/>
        <location filename="../widgets/pareto/pareto_page.cpp" line="371"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="361"/>
        <source>Finished: %1, %2</source>
        <extracomment>%1 is &quot;N levels&quot; (the tuned path&apos;s levels), %2 is &quot;N steps rejected&quot;.</extracomment>
        <translation>已完成：%1，%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pareto/pareto_page.cpp" line="362"/>
        <source>%n levels</source>
        <comment>the tuned path&apos;s levels</comment>
        <translation>
            <numerusform>%n 个等级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pareto/pareto_page.cpp" line="363"/>
        <source>%n steps rejected</source>
        <translation>
            <numerusform>%n 个步骤被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pareto/pareto_page.cpp" line="367"/>
        <source>Cancelled: the %n levels found so far are kept</source>
        <translation>
            <numerusform>已取消：已找到的 %n 个等级会保留</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="368"/>
        <source>Cancelled before the search began</source>
        <translation>在搜索开始前已取消</translation>
    </message>
</context>
<context>
    <name>dyve::ui::ParetoPlot</name>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="73"/>
        <source>Pareto front (tuning)</source>
        <translation>帕累托前沿（调优）</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="78"/>
        <source>Pareto front (sweep)</source>
        <translation>帕累托前沿（扫描）</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="84"/>
        <source>rejected by the tuner</source>
        <translation>被调优器拒绝</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="89"/>
        <source>tuned levels (chosen)</source>
        <translation>调优等级（已选）</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="95"/>
        <source>sweep: effort levels</source>
        <translation>扫描：计算量等级</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="101"/>
        <source>sweep: fixed widths</source>
        <translation>扫描：固定宽度</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="104"/>
        <source>dense (tuning set)</source>
        <translation>稠密（调优数据集）</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="107"/>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="405"/>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="424"/>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="425"/>
        <source>dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="111"/>
        <source>current effort</source>
        <translation>当前计算量</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="121"/>
        <source>top-1 accuracy (%)</source>
        <translation>Top-1 准确率 (%)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="204"/>
        <source>engine time per image (ms; a sweep&apos;s median of repeated timings)</source>
        <translation>每张图像的引擎时间（ms；扫描为重复计时的中位数）</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="207"/>
        <source>images per second (1000 ÷ engine ms per image)</source>
        <translation>每秒图像数（1000 ÷ 每张图像的引擎 ms）</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="211"/>
        <source>executed operations per image (millions: multiply-accumulates + effort overheads)</source>
        <translation>每张图像的实际运算次数（百万：乘加次数 + 可变计算量开销）</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="214"/>
        <source>operation reduction (dense ÷ executed, ×)</source>
        <translation>运算量减少（稠密 ÷ 实际，×）</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="361"/>
        <source>now: e = %1</source>
        <translation>当前：e = %1</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="361"/>
        <source>now: e = %1 (interpolated)</source>
        <translation>当前：e = %1（插值）</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="444"/>
        <source>sweep on %1</source>
        <translation>在 %1 上扫描</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="445"/>
        <source>a data set</source>
        <translation>某数据集</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="447"/>
        <source>tuning table on %1</source>
        <translation>在 %1 上的调优表</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="448"/>
        <source>the tuning set</source>
        <translation>调优数据集</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="449"/>
        <source>No points yet: run an effort sweep or tune a profile.</source>
        <translation>尚无数据点：请运行计算量扫描或调优配置。</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="623"/>
        <source>Dense (the reference)</source>
        <translation>稠密（基准）</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="623"/>
        <source>Dense, on the tuning set</source>
        <translation>稠密，调优数据集上</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="626"/>
        <source>Sweep, effort %1</source>
        <translation>扫描，计算量 %1</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="627"/>
        <source>Tuned level, effort %1</source>
        <translation>调优等级，计算量 %1</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="630"/>
        <source>Candidate rejected by the tuner (over the accuracy budget)</source>
        <translation>被调优器拒绝的候选（超出准确率预算）</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="633"/>
        <source>Width %1 for every input (dense, its own head)</source>
        <translation>所有输入均为宽度 %1（密集，使用其自身的分类头）</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="639"/>
        <source>on %1</source>
        <translation>数据集：%1</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="640"/>
        <source>top-1 %1 %</source>
        <translation>Top-1 %1 %</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="647"/>
        <source> (%1%2 pp against dense)</source>
        <extracomment>After a top-1 accuracy in a tooltip: %1 is the sign (+ or −), %2 the difference from the dense path in percentage points (pp).</extracomment>
        <translation>（相对稠密 %1%2 个百分点）</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="651"/>
        <source>%1 M operations per image</source>
        <translation>每张图像 %1 M 次运算</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="653"/>
        <source>, %1× fewer than dense</source>
        <translation>，比稠密少 %1×</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="656"/>
        <source>%1 ms per image (engine time), %2 images/s</source>
        <translation>每张图像 %1 ms（引擎时间），%2 张/秒</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="658"/>
        <source>on the Pareto front</source>
        <translation>位于帕累托前沿</translation>
    </message>
</context>
<context>
    <name>dyve::ui::ParetoTableModel</name>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="80"/>
        <source>sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="80"/>
        <source>tuning</source>
        <translation>调优</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="82"/>
        <source>dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="84"/>
        <source>width %1</source>
        <translation>宽度 %1</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="100"/>
        <source>chosen</source>
        <translation>已选</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="101"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="102"/>
        <source>front</source>
        <translation>前沿</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="103"/>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="140"/>
        <source>Top-1 against the dense point of the same data set, percentage points</source>
        <translation>相对同一数据集稠密点的 Top-1，单位为百分点</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="142"/>
        <source>Executed operations per image, millions (the effort mechanisms&apos; overheads included)</source>
        <translation>每张图像的实际运算次数，单位百万（含可变计算量机制的开销）</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="144"/>
        <source>Dense operations ÷ executed operations</source>
        <translation>稠密运算次数 ÷ 实际运算次数</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="146"/>
        <source>Engine time per image</source>
        <translation>每张图像的引擎时间</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="148"/>
        <source>chosen: a level of the tuned path; rejected: a candidate over the budget; front: no other point has fewer operations and a higher top-1</source>
        <translation>已选：调优路径上的一个等级；已拒绝：超出预算的候选；前沿：没有其他点的运算次数更少且 Top-1 更高</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="157"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="159"/>
        <source>Effort</source>
        <translation>计算量</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="161"/>
        <source>Top-1 (%)</source>
        <translation>Top-1 (%)</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="163"/>
        <source>Δ (pp)</source>
        <translation>Δ（百分点）</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="165"/>
        <source>Ops (M)</source>
        <translation>运算 (M)</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="167"/>
        <source>Reduction</source>
        <translation>减少倍数</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="169"/>
        <source>ms/image</source>
        <translation>ms/图像</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="171"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>dyve::ui::RunningAccuracyPlot</name>
    <message>
        <location filename="../widgets/evaluation/running_accuracy_plot.cpp" line="15"/>
        <source>top-1 (%)</source>
        <translation>Top-1 (%)</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/running_accuracy_plot.cpp" line="18"/>
        <source>top-5 (%)</source>
        <translation>Top-5 (%)</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/running_accuracy_plot.cpp" line="20"/>
        <source>images evaluated</source>
        <translation>已评估图像数</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/running_accuracy_plot.cpp" line="21"/>
        <source>accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
</context>
<context>
    <name>dyve::ui::SpeedHeadline</name>
    <message>
        <location filename="../widgets/models/speed_headline.cpp" line="13"/>
        <source>median of %1, ±%2%</source>
        <translation>%1 次的中位数，±%2%</translation>
    </message>
    <message>
        <location filename="../widgets/models/speed_headline.cpp" line="18"/>
        <source>%1× faster than dense (%2)</source>
        <translation>比稠密快 %1×（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/models/speed_headline.cpp" line="21"/>
        <source>%1× — slower than dense (%2)</source>
        <translation>%1× — 比稠密慢（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/models/speed_headline.cpp" line="23"/>
        <source>%1× — as fast as dense (%2)</source>
        <translation>%1× — 与稠密一样快（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/models/speed_headline.cpp" line="28"/>
        <source>%1× fewer operations than dense</source>
        <translation>运算量比稠密少 %1×</translation>
    </message>
</context>
<context>
    <name>dyve::ui::SweepJob</name>
    <message>
        <location filename="../widgets/jobs/sweep_job.cpp" line="57"/>
        <source>its default data set</source>
        <translation>其默认数据集</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/sweep_job.cpp" line="58"/>
        <source>Sweeping effort of %1 on %2</source>
        <translation>正在 %2 上扫描 %1 的计算量</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/sweep_job.cpp" line="83"/>
        <source>uniform mapping, calibrated on %1 images of %2</source>
        <translation>均匀映射，在 %2 的 %1 张图像上校准</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/sweep_job.cpp" line="127"/>
        <source>effort %1</source>
        <translation>计算量 %1</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/sweep_job.cpp" line="127"/>
        <source>dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/sweep_job.cpp" line="128"/>
        <source>%1 (%2 of %3): %4 of %5 images, top-1 %6 %</source>
        <translation>%1（%2/%3）：%4 / %5 张图像，Top-1 %6 %</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/sweep_job.cpp" line="157"/>
        <source>width %1 (%2 of %3): %4 of %5 images, top-1 %6 %</source>
        <translation>宽度 %1（第 %2 个，共 %3 个）：%5 张图像中的 %4 张，top-1 %6 %</translation>
    </message>
</context>
<context>
    <name>dyve::ui::TuneJob</name>
    <message>
        <location filename="../widgets/jobs/tune_job.cpp" line="35"/>
        <source>its default data set</source>
        <translation>其默认数据集</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/tune_job.cpp" line="36"/>
        <source>Tuning an effort profile for %1 on %2</source>
        <translation>正在 %2 上为 %1 调优计算量配置</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/tune_job.cpp" line="69"/>
        <source>Reading images: %1 of %2</source>
        <translation>正在读取图像：%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/tune_job.cpp" line="87"/>
        <source>Calibrating the effort layers</source>
        <translation>正在校准可变计算量层</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/tune_job.cpp" line="89"/>
        <source>Measuring the reference: %1</source>
        <translation>正在测量基准：%1</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/tune_job.cpp" line="91"/>
        <source>Sensitivity of layer %1 of %2: %3</source>
        <translation>第 %1/%2 层的敏感度：%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/jobs/tune_job.cpp" line="95"/>
        <source>Search: %n levels found, trying %1</source>
        <translation>
            <numerusform>搜索：已找到 %n 个等级，正在尝试 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="34"/>
        <source>Dynamic variable-effort CNN inference, live. With no arguments, the bundled model runs on the sample images.</source>
        <translation>动态可变计算量的 CNN 实时推理。不带参数时，内置模型在示例图像上运行。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="40"/>
        <source>Run the frames of a camera: a device number (0), a device (/dev/video0), a GStreamer pipeline ending in appsink, or a video file.</source>
        <translation>运行摄像头的画面：设备编号（0）、设备（/dev/video0）、以 appsink 结尾的 GStreamer 管道，或视频文件。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="46"/>
        <source>Play a video file camera as fast as the engine runs, not at its frame rate.</source>
        <translation>将作为摄像头的视频文件按引擎的最快速度播放，而不是按其帧率。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="49"/>
        <source>Full-screen demo: the picture, the prediction in big type, fps and ms, one effort slider. Esc leaves.</source>
        <translation>全屏演示：画面、大字显示的预测结果、fps 和 ms、一个计算量滑块。按 Esc 退出。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="52"/>
        <source>The model to run (else the bundled one; in the demo, the bundled one trained for runtime width).</source>
        <translation>要运行的模型（否则使用内置模型；演示模式下使用为运行时宽度训练的内置模型）。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="67"/>
        <source>Measure the time from an effort knob change to its result on screen: moves the effort level through 40 values on the model&apos;s first input and prints the median and the largest time, then exits.</source>
        <translation>测量从调节计算量参数到结果显示在屏幕上的时间：在模型的第一个输入上将计算量等级依次调到 40 个值，输出中位数和最长时间，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="73"/>
        <source>Measure the frames per second of a video file played as a camera, unpaced (every frame runs, as fast as the engine and the views go), with the heatmaps shown: --seconds dense, then --seconds at --level; prints a table and a JSON line, then exits.</source>
        <translation>测量作为摄像头播放的视频文件的每秒帧数，不限速（每一帧都运行，速度取决于引擎和视图），并显示热力图：先以稠密运行 --seconds 秒，再以 --level 运行 --seconds 秒；输出一张表格和一行 JSON，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="80"/>
        <source>With --bench-camera: the seconds per level (10).</source>
        <translation>配合 --bench-camera：每个等级的秒数（10）。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="83"/>
        <source>With --bench-camera: the effort level after the dense run, 0…1 (1, the model&apos;s tuned profile).</source>
        <translation>配合 --bench-camera：稠密运行之后的计算量等级，0…1（1，模型调优后的配置）。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="88"/>
        <source>With --bench-camera: play the file at its own frame rate, as a camera delivers frames (those the engine cannot take are dropped), for the camera → view latency a live camera has.</source>
        <translation>与 --bench-camera 一起使用：按文件自身的帧率播放，如同摄像头送出帧（引擎来不及处理的帧被丢弃），以测得实时摄像头的“摄像头 → 视图”延迟。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="93"/>
        <source>Play a video file (the positional argument; else one made of the sample images) as a live camera with the heatmaps shown for --seconds (3600), logging memory, frames and latency every --interval seconds (60); exits 1 when memory or latency grew.</source>
        <translation>将视频文件（位置参数；否则用示例图像生成）作为实时摄像头播放 --seconds 秒（3600），显示热图，每 --interval 秒（60）记录内存、帧数和延迟；内存或延迟增长时以 1 退出。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="99"/>
        <source>With --soak: seconds per log line (60).</source>
        <translation>配合 --soak：每行日志的秒数（60）。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="102"/>
        <source>With --soak: an effort profile to load (else the model&apos;s own).</source>
        <translation>配合 --soak：要加载的 effort 配置文件（否则使用模型自己的）。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="56"/>
        <source>An ONNX model or a Caffe .prototxt.</source>
        <translation>ONNX 模型或 Caffe .prototxt。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="59"/>
        <source>Images, a folder or a labelled data set.</source>
        <translation>图像、文件夹或带标签的数据集。</translation>
    </message>
</context>
</TS>
