<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <location filename="../app/dyve-studio/main_window.cpp" line="73"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="420"/>
        <source>DyVE Studio</source>
        <translation>DyVE Studio</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="110"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="111"/>
        <source>Heatmaps</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="112"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="113"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="114"/>
        <source>Operations per layer</source>
        <translation>每层运算量</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="136"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="137"/>
        <source>Open &amp;Model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="140"/>
        <source>Open an ONNX model or a Caffe .prototxt (with its .caffemodel beside it)</source>
        <translation>打开 ONNX 模型或 Caffe .prototxt（其 .caffemodel 位于同一目录）</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="141"/>
        <source>Open &amp;Images…</source>
        <translation>打开图像(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="144"/>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="146"/>
        <source>Open Labelled &amp;Data Set…</source>
        <translation>打开带标签的数据集(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="147"/>
        <source>A list file (path label), an IDX file, or a folder per class</source>
        <translation>列表文件（路径 标签）、IDX 文件，或每类一个文件夹</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="148"/>
        <source>Open &amp;Bundled Example</source>
        <translation>打开内置示例(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="150"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="152"/>
        <source>Layer Table as &amp;CSV…</source>
        <translation>层表导出为 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="153"/>
        <source>Layer Table as &amp;JSON…</source>
        <translation>层表导出为 &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="155"/>
        <source>&amp;Heatmap as PNG…</source>
        <translation>热力图导出为 PNG(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="156"/>
        <source>&amp;Latency Plot as PNG…</source>
        <translation>延迟图导出为 PNG(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="157"/>
        <source>&amp;Operations Plot as PNG…</source>
        <translation>运算量图导出为 PNG(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="159"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="161"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="162"/>
        <source>Step &amp;Back</source>
        <translation>上一张(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="165"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="273"/>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="167"/>
        <source>Step &amp;Forward</source>
        <translation>下一张(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="171"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="175"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="178"/>
        <source>System Default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="189"/>
        <source>The language changes when DyVE Studio is started again.</source>
        <translation>语言将在下次启动 DyVE Studio 时生效。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="193"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="194"/>
        <source>&amp;About DyVE Studio</source>
        <translation>关于 DyVE Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="195"/>
        <source>About DyVE Studio</source>
        <translation>关于 DyVE Studio</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="196"/>
        <source>&lt;b&gt;DyVE Studio %1&lt;/b&gt;&lt;p&gt;Dynamic variable-effort CNN inference: load a model and images, watch the engine run, and see per layer where the effort went.&lt;/p&gt;</source>
        <translation>&lt;b&gt;DyVE Studio %1&lt;/b&gt;&lt;p&gt;动态可变计算量的 CNN 推理：加载模型和图像，实时观察引擎运行，并逐层查看计算量花在了哪里。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="201"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="214"/>
        <source>Input to show; dragging runs each one (the newest request wins)</source>
        <translation>要显示的输入；拖动时逐个运行（以最新请求为准）</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="244"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="250"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="265"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="344"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="302"/>
        <source>Loaded %1: %2 layers, %3 operations per input</source>
        <translation>已加载 %1：%2 层，每个输入 %3 次运算</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="315"/>
        <source>Open images, a folder or a data set to run the model.</source>
        <translation>请打开图像、文件夹或数据集以运行模型。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="321"/>
        <source>Cannot open the model.

%1</source>
        <translation>无法打开模型。

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="322"/>
        <source>Still using %1.</source>
        <translation>仍在使用 %1。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="335"/>
        <source>Opened %1 labelled inputs from %2</source>
        <translation>已从 %2 打开 %1 个带标签的输入</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="336"/>
        <source>Opened %1 images from %2</source>
        <translation>已从 %2 打开 %1 张图像</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="349"/>
        <source>Cannot open the inputs.

%1</source>
        <translation>无法打开输入。

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="360"/>
        <source>%1 ms · %2 of %3 operations · %4</source>
        <translation>%1 毫秒 · 运算 %2 / %3 · %4</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="362"/>
        <source>effort</source>
        <translation>可变计算量</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="362"/>
        <source>dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="420"/>
        <source>%1 — DyVE Studio</source>
        <translation>%1 — DyVE Studio</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="422"/>
        <source>%1 · input %2</source>
        <translation>%1 · 输入 %2</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="423"/>
        <source>no model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="428"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="428"/>
        <source>no inputs</source>
        <translation>无输入</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="456"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="462"/>
        <source>Export Layer Table</source>
        <translation>导出层表</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="456"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="458"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="464"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="470"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="476"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="483"/>
        <source>%1: cannot write the file</source>
        <translation>%1：无法写入文件</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="462"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="468"/>
        <source>Export Heatmap</source>
        <translation>导出热力图</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="468"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="474"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="481"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="474"/>
        <source>Export Latency Plot</source>
        <translation>导出延迟图</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="481"/>
        <source>Export Operations Plot</source>
        <translation>导出运算量图</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="489"/>
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="490"/>
        <source>Models (*.onnx *.prototxt);;ONNX (*.onnx);;Caffe (*.prototxt);;All files (*)</source>
        <translation>模型 (*.onnx *.prototxt);;ONNX (*.onnx);;Caffe (*.prototxt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="496"/>
        <source>Open Images</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="497"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.tif *.tiff *.webp);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.tif *.tiff *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="504"/>
        <source>Open Folder of Images</source>
        <translation>打开图像文件夹</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="513"/>
        <source>Open Labelled Data Set</source>
        <translation>打开带标签的数据集</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="514"/>
        <source>List or IDX files (*.txt *.idx3-ubyte *.gz *-ubyte);;All files (*)</source>
        <translation>列表或 IDX 文件 (*.txt *.idx3-ubyte *.gz *-ubyte);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="51"/>
        <source>Dynamic variable-effort CNN inference, live. With no arguments, the bundled model runs on the sample images.</source>
        <translation>动态可变计算量的 CNN 实时推理。不带参数时，内置模型在示例图像上运行。</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="57"/>
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
