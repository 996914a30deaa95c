<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>dyve::ui::CameraDialog</name>
    <message>
        <location filename="../widgets/camera_dialog.cpp" line="38"/>
        <source>Play video files at their frame rate</source>
        <translation>按视频文件自身的帧率播放</translation>
    </message>
    <message>
        <location filename="../widgets/camera_dialog.cpp" line="39"/>
        <source>Open Camera</source>
        <translation>打开摄像头</translation>
    </message>
    <message>
        <location filename="../widgets/camera_dialog.cpp" line="50"/>
        <source>Unticked, a video file&apos;s frames are run one after another as fast as the engine goes</source>
        <translation>不勾选时，视频文件的各帧按引擎的最快速度依次运行</translation>
    </message>
    <message>
        <location filename="../widgets/camera_dialog.cpp" line="52"/>
        <source>Video File…</source>
        <translation>视频文件…</translation>
    </message>
    <message>
        <location filename="../widgets/camera_dialog.cpp" line="56"/>
        <source>Video File as Camera</source>
        <translation>用视频文件代替摄像头</translation>
    </message>
    <message>
        <location filename="../widgets/camera_dialog.cpp" line="57"/>
        <source>Videos (*.avi *.mp4 *.mkv *.mov *.webm *.mjpeg);;All files (*)</source>
        <translation>视频 (*.avi *.mp4 *.mkv *.mov *.webm *.mjpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/camera_dialog.cpp" line="61"/>
        <source>A device number (0), a device (/dev/video0), a GStreamer pipeline ending in appsink, or a video file standing in for a camera.</source>
        <translation>设备编号（0）、设备（/dev/video0）、以 appsink 结尾的 GStreamer 管道，或代替摄像头的视频文件。</translation>
    </message>
</context>
<context>
    <name>dyve::ui::CameraWorker</name>
    <message>
        <location filename="../widgets/camera_worker.cpp" line="157"/>
        <source>%1 · frame %2</source>
        <translation>%1 · 第 %2 帧</translation>
    </message>
</context>
<context>
    <name>dyve::ui::DemoMode</name>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="28"/>
        <source>DyVE Studio — Demo</source>
        <translation>DyVE Studio — 演示</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="34"/>
        <source>Cannot open the model: %1</source>
        <translation>无法打开模型：%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="40"/>
        <source>Sample images: %1</source>
        <translation>示例图像：%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="44"/>
        <source>Cannot open the images: %1</source>
        <translation>无法打开图像：%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="56"/>
        <source>%1 · %2×%3 at %4 fps</source>
        <translation>%1 · %2×%3，%4 fps</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="57"/>
        <source>%1 · %2×%3</source>
        <translation>%1 · %2×%3</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="62"/>
        <source>Camera: %1 — showing the sample images instead.</source>
        <translation>摄像头：%1 — 改为显示示例图像。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="109"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>dyve::ui::DemoReadout</name>
    <message>
        <location filename="../widgets/demo_readout.cpp" line="40"/>
        <source>– fps</source>
        <translation>– fps</translation>
    </message>
    <message>
        <location filename="../widgets/demo_readout.cpp" line="41"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../widgets/demo_readout.cpp" line="46"/>
        <source>– ms per frame</source>
        <translation>每帧 – ms</translation>
    </message>
    <message>
        <location filename="../widgets/demo_readout.cpp" line="47"/>
        <source>%1 ms per frame</source>
        <translation>每帧 %1 ms</translation>
    </message>
</context>
<context>
    <name>dyve::ui::DemoView</name>
    <message>
        <location filename="../widgets/demo_view.cpp" line="86"/>
        <source>Effort: 100 % runs the dense network; lower values skip more work</source>
        <translation>计算量：100 % 运行完整的稠密网络；数值越低，跳过的计算越多</translation>
    </message>
    <message>
        <location filename="../widgets/demo_view.cpp" line="101"/>
        <source>Leave the demo (Esc)</source>
        <translation>退出演示（Esc）</translation>
    </message>
    <message>
        <location filename="../widgets/demo_view.cpp" line="158"/>
        <source>✔ correct</source>
        <translation>✔ 正确</translation>
    </message>
    <message>
        <location filename="../widgets/demo_view.cpp" line="158"/>
        <source>✘ truth: %1</source>
        <translation>✘ 真实类别：%1</translation>
    </message>
    <message>
        <location filename="../widgets/demo_view.cpp" line="197"/>
        <location filename="../widgets/demo_view.cpp" line="221"/>
        <source>Effort %1 %</source>
        <translation>计算量 %1 %</translation>
    </message>
</context>
<context>
    <name>dyve::ui::EvaluationJob</name>
    <message>
        <location filename="../widgets/evaluation_job.cpp" line="21"/>
        <source>Evaluating %1 on %2</source>
        <translation>正在用 %2 评估 %1</translation>
    </message>
</context>
<context>
    <name>dyve::ui::EvaluationPage</name>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="42"/>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="43"/>
        <source>Top-1</source>
        <translation>Top-1</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="44"/>
        <source>Top-5</source>
        <translation>Top-5</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="45"/>
        <source>Images per second</source>
        <translation>每秒图像数</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="46"/>
        <source>Engine time per image</source>
        <translation>每张图像的引擎时间</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="65"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，数据集 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="68"/>
        <source>Loading the model and the data set…</source>
        <translation>正在加载模型和数据集…</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="75"/>
        <source>No evaluation yet: start one from the Tools menu.</source>
        <translation>尚无评估：请从“工具”菜单开始。</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="83"/>
        <source>Evaluating: %1 of %2 images</source>
        <translation>评估中：%1 / %2 张图像</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="97"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="105"/>
        <source>Finished: %1 images</source>
        <translation>已完成：%1 张图像</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="108"/>
        <source>Cancelled after %1 of %2 images</source>
        <translation>已在 %1 / %2 张图像后取消</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="113"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>dyve::ui::HeatmapCanvas</name>
    <message>
        <location filename="../widgets/heatmap_canvas.cpp" line="48"/>
        <source>Output map %1 of %2: %3 neurons, all computed (dense run)</source>
        <translation>输出特征图 %1/%2：%3 个神经元，全部已计算（稠密运行）</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_canvas.cpp" line="54"/>
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
        <location filename="../widgets/heatmap_canvas.cpp" line="65"/>
        <source>Input map %1: approximated by its mean (SFMA)</source>
        <translation>输入特征图 %1：以均值近似（SFMA）</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_canvas.cpp" line="66"/>
        <source>Input map %1: all zero, skipped</source>
        <translation>输入特征图 %1：全为零，已跳过</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_canvas.cpp" line="67"/>
        <source>Input map %1: computed</source>
        <translation>输入特征图 %1：已计算</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_canvas.cpp" line="70"/>
        <source>Share of output maps skipped at each position</source>
        <translation>各位置被跳过的输出特征图比例</translation>
    </message>
</context>
<context>
    <name>dyve::ui::HeatmapPainter</name>
    <message>
        <location filename="../widgets/heatmap_painter.cpp" line="142"/>
        <source>Input maps (%1)</source>
        <translation>输入特征图（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_painter.cpp" line="149"/>
        <source>Output feature maps (%1 × %2×%3)</source>
        <translation>输出特征图（%1 × %2×%3）</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_painter.cpp" line="163"/>
        <source>Aggregate: share of maps skipped per position</source>
        <translation>汇总：各位置被跳过的特征图比例</translation>
    </message>
</context>
<context>
    <name>dyve::ui::HeatmapView</name>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="53"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="55"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="56"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="57"/>
        <source>A size that shows each map at about 64 pixels</source>
        <translation>使每张特征图约为 64 像素的大小</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="89"/>
        <source>computed</source>
        <translation>已计算</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="90"/>
        <source>SPET terminated</source>
        <translation>SPET 提前终止</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="91"/>
        <source>SDSS interpolated</source>
        <translation>SDSS 插值</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="92"/>
        <source>input map approximated (SFMA)</source>
        <translation>输入特征图已近似（SFMA）</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="93"/>
        <source>input map zero-skipped</source>
        <translation>输入特征图全零跳过</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="161"/>
        <source>No layer selected</source>
        <translation>未选择层</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="162"/>
        <source>Select a layer in the layer table.</source>
        <translation>请在层表中选择一层。</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="164"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="165"/>
        <source>effort masks of this run</source>
        <translation>本次运行的计算量掩码</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="166"/>
        <source>Dense run: nothing skipped</source>
        <translation>稠密运行：未跳过任何计算</translation>
    </message>
</context>
<context>
    <name>dyve::ui::InputView</name>
    <message>
        <location filename="../widgets/input_view.cpp" line="71"/>
        <source>ground truth unknown</source>
        <translation>真实标签未知</translation>
    </message>
    <message>
        <location filename="../widgets/input_view.cpp" line="77"/>
        <source>✔ %1 — correct</source>
        <translation>✔ %1 — 正确</translation>
    </message>
    <message>
        <location filename="../widgets/input_view.cpp" line="78"/>
        <source>✘ truth: %1 — predicted %2</source>
        <translation>✘ 真实：%1 — 预测：%2</translation>
    </message>
    <message>
        <location filename="../widgets/input_view.cpp" line="99"/>
        <source>No input yet</source>
        <translation>尚无输入</translation>
    </message>
</context>
<context>
    <name>dyve::ui::JobProgressWidget</name>
    <message>
        <location filename="../widgets/job_progress_widget.cpp" line="23"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/job_progress_widget.cpp" line="24"/>
        <source>Stop after the current batch; the figures of what was done are kept</source>
        <translation>在当前批次之后停止；已完成部分的结果会保留</translation>
    </message>
    <message>
        <location filename="../widgets/job_progress_widget.cpp" line="52"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>dyve::ui::LatencyPlot</name>
    <message>
        <location filename="../widgets/latency_plot.cpp" line="15"/>
        <location filename="../widgets/latency_plot.cpp" line="23"/>
        <source>latency (ms)</source>
        <translation>延迟（毫秒）</translation>
    </message>
    <message>
        <location filename="../widgets/latency_plot.cpp" line="19"/>
        <source>operation reduction (×)</source>
        <translation>运算量减少（×）</translation>
    </message>
    <message>
        <location filename="../widgets/latency_plot.cpp" line="22"/>
        <source>run</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <location filename="../widgets/latency_plot.cpp" line="24"/>
        <source>reduction (×)</source>
        <translation>减少（×）</translation>
    </message>
</context>
<context>
    <name>dyve::ui::LayerOpsPlot</name>
    <message>
        <location filename="../widgets/layer_ops_plot.cpp" line="19"/>
        <source>dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <location filename="../widgets/layer_ops_plot.cpp" line="24"/>
        <source>executed</source>
        <translation>实际执行</translation>
    </message>
    <message>
        <location filename="../widgets/layer_ops_plot.cpp" line="35"/>
        <source>operations (millions)</source>
        <translation>运算次数（百万）</translation>
    </message>
</context>
<context>
    <name>dyve::ui::LayerTableModel</name>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="142"/>
        <source>Dense run: the effort engine reported nothing for this layer.</source>
        <translation>稠密运行：可变计算量引擎未报告此层的数据。</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="157"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="158"/>
        <source>Operator</source>
        <translation>算子</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="159"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="160"/>
        <source>Dense ops</source>
        <translation>稠密运算</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="161"/>
        <source>Executed ops</source>
        <translation>实际运算</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="162"/>
        <source>Reduction</source>
        <translation>减少倍数</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="163"/>
        <source>Time (ms)</source>
        <translation>时间（毫秒）</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="164"/>
        <source>SPET %</source>
        <translation>SPET %</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="165"/>
        <source>SDSS %</source>
        <translation>SDSS %</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="166"/>
        <source>SFMA %</source>
        <translation>SFMA %</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="167"/>
        <source>Zero-skip %</source>
        <translation>零跳过 %</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="173"/>
        <source>Multiply-accumulates of the dense layer (SPEC §4.6)</source>
        <translation>稠密层的乘加次数（SPEC §4.6）</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="174"/>
        <source>Operations actually executed, overheads included</source>
        <translation>实际执行的运算次数，含额外开销</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="175"/>
        <source>Dense operations divided by executed operations</source>
        <translation>稠密运算次数除以实际运算次数</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="176"/>
        <source>Output neurons predicted saturated and terminated early (SPET)</source>
        <translation>被预测为饱和并提前终止的输出神经元（SPET）</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="177"/>
        <source>Output neurons interpolated from sampled neighbours (SDSS)</source>
        <translation>由采样邻点插值得到的输出神经元（SDSS）</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="178"/>
        <source>Input maps replaced by their mean (SFMA)</source>
        <translation>以均值替代的输入特征图（SFMA）</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="179"/>
        <source>All-zero input maps skipped</source>
        <translation>被跳过的全零输入特征图</translation>
    </message>
</context>
<context>
    <name>dyve::ui::MainWindow</name>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="101"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="613"/>
        <source>DyVE Studio</source>
        <translation>DyVE Studio</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="118"/>
        <source>Camera %1: %2×%3 at %4 fps</source>
        <translation>摄像头 %1：%2×%3，%4 fps</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="119"/>
        <source>Camera %1: %2×%3</source>
        <translation>摄像头 %1：%2×%3</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="129"/>
        <source>Cannot use the camera.

%1</source>
        <translation>无法使用摄像头。

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="159"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="160"/>
        <source>Heatmaps</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="161"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="162"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="163"/>
        <source>Operations per layer</source>
        <translation>每层运算量</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="164"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="189"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="190"/>
        <source>Open &amp;Model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="193"/>
        <source>Open an ONNX model or a Caffe .prototxt (with its .caffemodel beside it)</source>
        <translation>打开 ONNX 模型或 Caffe .prototxt（其 .caffemodel 位于同一目录）</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="194"/>
        <source>Open &amp;Images…</source>
        <translation>打开图像(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="197"/>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="199"/>
        <source>Open Labelled &amp;Data Set…</source>
        <translation>打开带标签的数据集(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="200"/>
        <source>A list file (path label), an IDX file, or a folder per class</source>
        <translation>列表文件（路径 标签）、IDX 文件，或每类一个文件夹</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="201"/>
        <source>Open &amp;Camera…</source>
        <translation>打开摄像头(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="204"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="205"/>
        <source>A camera, a GStreamer pipeline or a video file standing in for a camera</source>
        <translation>摄像头、GStreamer 管道或代替摄像头的视频文件</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="206"/>
        <source>Open &amp;Bundled Example</source>
        <translation>打开内置示例(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="208"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="210"/>
        <source>Layer Table as &amp;CSV…</source>
        <translation>层表导出为 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="212"/>
        <source>Layer Table as &amp;JSON…</source>
        <translation>层表导出为 &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="214"/>
        <source>&amp;Heatmap as PNG…</source>
        <translation>热力图导出为 PNG(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="215"/>
        <source>&amp;Latency Plot as PNG…</source>
        <translation>延迟图导出为 PNG(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="216"/>
        <source>&amp;Operations Plot as PNG…</source>
        <translation>运算量图导出为 PNG(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="218"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="220"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="221"/>
        <source>Step &amp;Back</source>
        <translation>上一张(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="225"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="461"/>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="227"/>
        <source>Step &amp;Forward</source>
        <translation>下一张(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="231"/>
        <source>Stop &amp;Camera</source>
        <translation>停止摄像头(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="234"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="236"/>
        <source>&amp;Evaluate Current Data Set</source>
        <translation>评估当前数据集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="239"/>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="241"/>
        <source>Top-1 and top-5 of the model over the labelled inputs that are open</source>
        <translation>模型在已打开的带标签输入上的 Top-1 和 Top-5</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="243"/>
        <source>Evaluate Data Set &amp;File…</source>
        <translation>评估数据集文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="244"/>
        <source>A list file (path label) or an IDX file</source>
        <translation>列表文件（路径 标签）或 IDX 文件</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="246"/>
        <source>Evaluate Data Set F&amp;older…</source>
        <translation>评估数据集文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="247"/>
        <source>A folder per class, or a folder with a labels.txt</source>
        <translation>每个类别一个文件夹，或包含 labels.txt 的文件夹</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="249"/>
        <source>&amp;Cancel Evaluation</source>
        <translation>取消评估(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="253"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="258"/>
        <source>&amp;Demo Mode</source>
        <translation>演示模式(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="265"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="267"/>
        <source>Full screen: the picture, the prediction in big type and one effort slider (Esc leaves)</source>
        <translation>全屏：画面、大字显示的预测结果和一个计算量滑块（Esc 退出）</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="270"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="271"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="275"/>
        <source>System Default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="285"/>
        <source>The language changes when DyVE Studio is started again.</source>
        <translation>语言将在下次启动 DyVE Studio 时生效。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="289"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="290"/>
        <source>&amp;About DyVE Studio</source>
        <translation>关于 DyVE Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="292"/>
        <source>About DyVE Studio</source>
        <translation>关于 DyVE Studio</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="293"/>
        <source>&lt;b&gt;DyVE Studio %1&lt;/b&gt;&lt;p&gt;Dynamic variable-effort CNN inference: load a model and images, watch the engine run, and see per layer where the effort went.&lt;/p&gt;</source>
        <translation>&lt;b&gt;DyVE Studio %1&lt;/b&gt;&lt;p&gt;动态可变计算量的 CNN 推理：加载模型和图像，实时观察引擎运行，并逐层查看计算量花在了哪里。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="298"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="312"/>
        <source>Input to show; dragging runs each one (the newest request wins)</source>
        <translation>要显示的输入；拖动时逐个运行（以最新请求为准）</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="344"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="350"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="367"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="536"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="376"/>
        <source>Opening camera %1…</source>
        <translation>正在打开摄像头 %1…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="396"/>
        <source>Open a model before evaluating a data set.</source>
        <translation>评估数据集之前请先打开模型。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="400"/>
        <source>An evaluation is already running; cancel it first.</source>
        <translation>已有评估正在运行；请先取消它。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="427"/>
        <source>Evaluated %1 images: top-1 %2, top-5 %3, %4 images/s</source>
        <translation>已评估 %1 张图像：Top-1 %2，Top-5 %3，每秒 %4 张</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="434"/>
        <source>Evaluation cancelled after %1 images</source>
        <translation>评估已在 %1 张图像后取消</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="439"/>
        <source>Cannot evaluate the data set.

%1</source>
        <translation>无法评估该数据集。

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="490"/>
        <source>Loaded %1: %2 layers, %3 operations per input</source>
        <translation>已加载 %1：%2 层，每个输入 %3 次运算</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="504"/>
        <source>Open images, a folder or a data set to run the model.</source>
        <translation>请打开图像、文件夹或数据集以运行模型。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="510"/>
        <source>Cannot open the model.

%1</source>
        <translation>无法打开模型。

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="512"/>
        <source>Still using %1.</source>
        <translation>仍在使用 %1。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="526"/>
        <source>Opened %1 labelled inputs from %2</source>
        <translation>已从 %2 打开 %1 个带标签的输入</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="527"/>
        <source>Opened %1 images from %2</source>
        <translation>已从 %2 打开 %1 张图像</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="541"/>
        <source>Cannot open the inputs.

%1</source>
        <translation>无法打开输入。

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="552"/>
        <source>%1 ms · %2 of %3 operations · %4</source>
        <translation>%1 毫秒 · 运算 %2 / %3 · %4</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="554"/>
        <source>effort</source>
        <translation>可变计算量</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="554"/>
        <source>dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="613"/>
        <source>%1 — DyVE Studio</source>
        <translation>%1 — DyVE Studio</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="616"/>
        <source>%1 · input %2</source>
        <translation>%1 · 输入 %2</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="617"/>
        <source>no model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="625"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="625"/>
        <source>no inputs</source>
        <translation>无输入</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="654"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="661"/>
        <source>Export Layer Table</source>
        <translation>导出层表</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="654"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="656"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="663"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="671"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="678"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="685"/>
        <source>%1: cannot write the file</source>
        <translation>%1：无法写入文件</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="661"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="668"/>
        <source>Export Heatmap</source>
        <translation>导出热力图</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="668"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="676"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="683"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="676"/>
        <source>Export Latency Plot</source>
        <translation>导出延迟图</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="682"/>
        <source>Export Operations Plot</source>
        <translation>导出运算量图</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="691"/>
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="692"/>
        <source>Models (*.onnx *.prototxt);;ONNX (*.onnx);;Caffe (*.prototxt);;All files (*)</source>
        <translation>模型 (*.onnx *.prototxt);;ONNX (*.onnx);;Caffe (*.prototxt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="698"/>
        <source>Open Images</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="699"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.tif *.tiff *.webp);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.tif *.tiff *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="706"/>
        <source>Open Folder of Images</source>
        <translation>打开图像文件夹</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="715"/>
        <source>Open Labelled Data Set</source>
        <translation>打开带标签的数据集</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="716"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="731"/>
        <source>List or IDX files (*.txt *.idx3-ubyte *.gz *-ubyte);;All files (*)</source>
        <translation>列表或 IDX 文件 (*.txt *.idx3-ubyte *.gz *-ubyte);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="730"/>
        <source>Evaluate Data Set</source>
        <translation>评估数据集</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="738"/>
        <source>Evaluate Data Set Folder</source>
        <translation>评估数据集文件夹</translation>
    </message>
</context>
<context>
    <name>dyve::ui::RunningAccuracyPlot</name>
    <message>
        <location filename="../widgets/running_accuracy_plot.cpp" line="15"/>
        <source>top-1 (%)</source>
        <translation>Top-1 (%)</translation>
    </message>
    <message>
        <location filename="../widgets/running_accuracy_plot.cpp" line="18"/>
        <source>top-5 (%)</source>
        <translation>Top-5 (%)</translation>
    </message>
    <message>
        <location filename="../widgets/running_accuracy_plot.cpp" line="20"/>
        <source>images evaluated</source>
        <translation>已评估图像数</translation>
    </message>
    <message>
        <location filename="../widgets/running_accuracy_plot.cpp" line="21"/>
        <source>accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="35"/>
        <source>Dynamic variable-effort CNN inference, live. With no arguments, the bundled model runs on the sample images.</source>
        <translation>动态可变计算量的 CNN 实时推理。不带参数时，内置模型在示例图像上运行。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="42"/>
        <source>Run the frames of a camera: a device number (0), a device (/dev/video0), a GStreamer pipeline ending in appsink, or a video file.</source>
        <translation>运行摄像头的画面：设备编号（0）、设备（/dev/video0）、以 appsink 结尾的 GStreamer 管道，或视频文件。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="48"/>
        <source>Play a video file camera as fast as the engine runs, not at its frame rate.</source>
        <translation>将作为摄像头的视频文件按引擎的最快速度播放，而不是按其帧率。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="52"/>
        <source>Full-screen demo: the picture, the prediction in big type, fps and ms, one effort slider. Esc leaves.</source>
        <translation>全屏演示：画面、大字显示的预测结果、fps 和 ms、一个计算量滑块。按 Esc 退出。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="56"/>
        <source>The model to run (else the bundled one).</source>
        <translation>要运行的模型（否则使用内置模型）。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="60"/>
        <source>An ONNX model or a Caffe .prototxt.</source>
        <translation>ONNX 模型或 Caffe .prototxt。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="63"/>
        <source>Images, a folder or a labelled data set.</source>
        <translation>图像、文件夹或带标签的数据集。</translation>
    </message>
</context>
</TS>
