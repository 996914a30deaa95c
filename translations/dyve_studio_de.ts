<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>dyve::ui::HeatmapCanvas</name>
    <message>
        <location filename="../widgets/heatmap_canvas.cpp" line="48"/>
        <source>Output map %1 of %2: %3 neurons, all computed (dense run)</source>
        <translation>Ausgabekarte %1 von %2: %3 Neuronen, alle berechnet (dichter Lauf)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_canvas.cpp" line="54"/>
        <source>Output map %1 of %2
computed: %3
SPET terminated: %4 (%5 %)
SDSS interpolated: %6 (%7 %)</source>
        <translation>Ausgabekarte %1 von %2
berechnet: %3
SPET abgebrochen: %4 (%5 %)
SDSS interpoliert: %6 (%7 %)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_canvas.cpp" line="65"/>
        <source>Input map %1: approximated by its mean (SFMA)</source>
        <translation>Eingabekarte %1: durch ihren Mittelwert genähert (SFMA)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_canvas.cpp" line="66"/>
        <source>Input map %1: all zero, skipped</source>
        <translation>Eingabekarte %1: nur Nullen, übersprungen</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_canvas.cpp" line="67"/>
        <source>Input map %1: computed</source>
        <translation>Eingabekarte %1: berechnet</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_canvas.cpp" line="70"/>
        <source>Share of output maps skipped at each position</source>
        <translation>Anteil der an jeder Position übersprungenen Ausgabekarten</translation>
    </message>
</context>
<context>
    <name>dyve::ui::HeatmapPainter</name>
    <message>
        <location filename="../widgets/heatmap_painter.cpp" line="142"/>
        <source>Input maps (%1)</source>
        <translation>Eingabekarten (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_painter.cpp" line="149"/>
        <source>Output feature maps (%1 × %2×%3)</source>
        <translation>Ausgabe-Merkmalskarten (%1 × %2×%3)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_painter.cpp" line="163"/>
        <source>Aggregate: share of maps skipped per position</source>
        <translation>Gesamtbild: Anteil übersprungener Karten je Position</translation>
    </message>
</context>
<context>
    <name>dyve::ui::HeatmapView</name>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="53"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="55"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="56"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="57"/>
        <source>A size that shows each map at about 64 pixels</source>
        <translation>Eine Größe, die jede Karte mit etwa 64 Pixeln zeigt</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="89"/>
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="90"/>
        <source>SPET terminated</source>
        <translation>SPET abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="91"/>
        <source>SDSS interpolated</source>
        <translation>SDSS interpoliert</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="92"/>
        <source>input map approximated (SFMA)</source>
        <translation>Eingabekarte genähert (SFMA)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="93"/>
        <source>input map zero-skipped</source>
        <translation>Eingabekarte als Null übersprungen</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="161"/>
        <source>No layer selected</source>
        <translation>Keine Schicht ausgewählt</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="162"/>
        <source>Select a layer in the layer table.</source>
        <translation>Wählen Sie eine Schicht in der Schichttabelle.</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="164"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="165"/>
        <source>effort masks of this run</source>
        <translation>Aufwandsmasken dieses Laufs</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="166"/>
        <source>Dense run: nothing skipped</source>
        <translation>Dichter Lauf: nichts übersprungen</translation>
    </message>
</context>
<context>
    <name>dyve::ui::InputView</name>
    <message>
        <location filename="../widgets/input_view.cpp" line="71"/>
        <source>ground truth unknown</source>
        <translation>Grundwahrheit unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/input_view.cpp" line="77"/>
        <source>✔ %1 — correct</source>
        <translation>✔ %1 — richtig</translation>
    </message>
    <message>
        <location filename="../widgets/input_view.cpp" line="78"/>
        <source>✘ truth: %1 — predicted %2</source>
        <translation>✘ richtig wäre: %1 — vorhergesagt: %2</translation>
    </message>
    <message>
        <location filename="../widgets/input_view.cpp" line="99"/>
        <source>No input yet</source>
        <translation>Noch keine Eingabe</translation>
    </message>
</context>
<context>
    <name>dyve::ui::LatencyPlot</name>
    <message>
        <location filename="../widgets/latency_plot.cpp" line="15"/>
        <location filename="../widgets/latency_plot.cpp" line="23"/>
        <source>latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/latency_plot.cpp" line="19"/>
        <source>operation reduction (×)</source>
        <translation>Operationsreduktion (×)</translation>
    </message>
    <message>
        <location filename="../widgets/latency_plot.cpp" line="22"/>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/latency_plot.cpp" line="24"/>
        <source>reduction (×)</source>
        <translation>Reduktion (×)</translation>
    </message>
</context>
<context>
    <name>dyve::ui::LayerOpsPlot</name>
    <message>
        <location filename="../widgets/layer_ops_plot.cpp" line="19"/>
        <source>dense</source>
        <translation>dicht</translation>
    </message>
    <message>
        <location filename="../widgets/layer_ops_plot.cpp" line="24"/>
        <source>executed</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <location filename="../widgets/layer_ops_plot.cpp" line="35"/>
        <source>operations (millions)</source>
        <translation>Operationen (Millionen)</translation>
    </message>
</context>
<context>
    <name>dyve::ui::LayerTableModel</name>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="142"/>
        <source>Dense run: the effort engine reported nothing for this layer.</source>
        <translation>Dichter Lauf: Die Aufwands-Engine hat für diese Schicht nichts gemeldet.</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="157"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="158"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="159"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="160"/>
        <source>Dense ops</source>
        <translation>Dichte Ops</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="161"/>
        <source>Executed ops</source>
        <translation>Ausgeführte Ops</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="162"/>
        <source>Reduction</source>
        <translation>Reduktion</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="163"/>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
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
        <translation>Null-Skip %</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="173"/>
        <source>Multiply-accumulates of the dense layer (SPEC §4.6)</source>
        <translation>Multiplikations-Additionen der dichten Schicht (SPEC §4.6)</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="174"/>
        <source>Operations actually executed, overheads included</source>
        <translation>Tatsächlich ausgeführte Operationen, Zusatzaufwand eingeschlossen</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="175"/>
        <source>Dense operations divided by executed operations</source>
        <translation>Dichte Operationen geteilt durch ausgeführte Operationen</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="176"/>
        <source>Output neurons predicted saturated and terminated early (SPET)</source>
        <translation>Ausgabeneuronen, als gesättigt vorhergesagt und früh abgebrochen (SPET)</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="177"/>
        <source>Output neurons interpolated from sampled neighbours (SDSS)</source>
        <translation>Ausgabeneuronen, aus abgetasteten Nachbarn interpoliert (SDSS)</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="178"/>
        <source>Input maps replaced by their mean (SFMA)</source>
        <translation>Eingabekarten, durch ihren Mittelwert ersetzt (SFMA)</translation>
    </message>
    <message>
        <location filename="../widgets/layer_table_model.cpp" line="179"/>
        <source>All-zero input maps skipped</source>
        <translation>Übersprungene Eingabekarten, die nur Nullen enthalten</translation>
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
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="111"/>
        <source>Heatmaps</source>
        <translation>Heatmaps</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="112"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="113"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="114"/>
        <source>Operations per layer</source>
        <translation>Operationen pro Schicht</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="136"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="137"/>
        <source>Open &amp;Model…</source>
        <translation>&amp;Modell öffnen…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="140"/>
        <source>Open an ONNX model or a Caffe .prototxt (with its .caffemodel beside it)</source>
        <translation>Ein ONNX-Modell oder eine Caffe-.prototxt öffnen (mit der .caffemodel daneben)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="141"/>
        <source>Open &amp;Images…</source>
        <translation>&amp;Bilder öffnen…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="144"/>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="146"/>
        <source>Open Labelled &amp;Data Set…</source>
        <translation>Beschrifteten &amp;Datensatz öffnen…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="147"/>
        <source>A list file (path label), an IDX file, or a folder per class</source>
        <translation>Eine Listendatei (Pfad Label), eine IDX-Datei oder ein Ordner pro Klasse</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="148"/>
        <source>Open &amp;Bundled Example</source>
        <translation>Mitgeliefertes &amp;Beispiel öffnen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="150"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="152"/>
        <source>Layer Table as &amp;CSV…</source>
        <translation>Schichttabelle als &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="153"/>
        <source>Layer Table as &amp;JSON…</source>
        <translation>Schichttabelle als &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="155"/>
        <source>&amp;Heatmap as PNG…</source>
        <translation>&amp;Heatmap als PNG…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="156"/>
        <source>&amp;Latency Plot as PNG…</source>
        <translation>&amp;Latenzdiagramm als PNG…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="157"/>
        <source>&amp;Operations Plot as PNG…</source>
        <translation>&amp;Operationsdiagramm als PNG…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="159"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="161"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="162"/>
        <source>Step &amp;Back</source>
        <translation>Schritt &amp;zurück</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="165"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="273"/>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="167"/>
        <source>Step &amp;Forward</source>
        <translation>Schritt &amp;vor</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="171"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="175"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="178"/>
        <source>System Default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="189"/>
        <source>The language changes when DyVE Studio is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von DyVE Studio.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="193"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="194"/>
        <source>&amp;About DyVE Studio</source>
        <translation>&amp;Über DyVE Studio</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="195"/>
        <source>About DyVE Studio</source>
        <translation>Über DyVE Studio</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="196"/>
        <source>&lt;b&gt;DyVE Studio %1&lt;/b&gt;&lt;p&gt;Dynamic variable-effort CNN inference: load a model and images, watch the engine run, and see per layer where the effort went.&lt;/p&gt;</source>
        <translation>&lt;b&gt;DyVE Studio %1&lt;/b&gt;&lt;p&gt;CNN-Inferenz mit dynamisch variablem Aufwand: Laden Sie ein Modell und Bilder, sehen Sie der Engine bei der Arbeit zu und erkennen Sie pro Schicht, wohin der Aufwand ging.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="201"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="214"/>
        <source>Input to show; dragging runs each one (the newest request wins)</source>
        <translation>Anzuzeigende Eingabe; beim Ziehen wird jede ausgeführt (die neueste Anfrage gewinnt)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="244"/>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="250"/>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="265"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="344"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="302"/>
        <source>Loaded %1: %2 layers, %3 operations per input</source>
        <translation>%1 geladen: %2 Schichten, %3 Operationen pro Eingabe</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="315"/>
        <source>Open images, a folder or a data set to run the model.</source>
        <translation>Öffnen Sie Bilder, einen Ordner oder einen Datensatz, um das Modell auszuführen.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="321"/>
        <source>Cannot open the model.

%1</source>
        <translation>Das Modell kann nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="322"/>
        <source>Still using %1.</source>
        <translation>Weiterhin wird %1 verwendet.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="335"/>
        <source>Opened %1 labelled inputs from %2</source>
        <translation>%1 beschriftete Eingaben aus %2 geöffnet</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="336"/>
        <source>Opened %1 images from %2</source>
        <translation>%1 Bilder aus %2 geöffnet</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="349"/>
        <source>Cannot open the inputs.

%1</source>
        <translation>Die Eingaben können nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="360"/>
        <source>%1 ms · %2 of %3 operations · %4</source>
        <translation>%1 ms · %2 von %3 Operationen · %4</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="362"/>
        <source>effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="362"/>
        <source>dense</source>
        <translation>dicht</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="420"/>
        <source>%1 — DyVE Studio</source>
        <translation>%1 — DyVE Studio</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="422"/>
        <source>%1 · input %2</source>
        <translation>%1 · Eingabe %2</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="423"/>
        <source>no model</source>
        <translation>kein Modell</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="428"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="428"/>
        <source>no inputs</source>
        <translation>keine Eingaben</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="456"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="462"/>
        <source>Export Layer Table</source>
        <translation>Schichttabelle exportieren</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="456"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="458"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="464"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="470"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="476"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="483"/>
        <source>%1: cannot write the file</source>
        <translation>%1: Die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="462"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="468"/>
        <source>Export Heatmap</source>
        <translation>Heatmap exportieren</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="468"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="474"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="481"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="474"/>
        <source>Export Latency Plot</source>
        <translation>Latenzdiagramm exportieren</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="481"/>
        <source>Export Operations Plot</source>
        <translation>Operationsdiagramm exportieren</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="489"/>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="490"/>
        <source>Models (*.onnx *.prototxt);;ONNX (*.onnx);;Caffe (*.prototxt);;All files (*)</source>
        <translation>Modelle (*.onnx *.prototxt);;ONNX (*.onnx);;Caffe (*.prototxt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="496"/>
        <source>Open Images</source>
        <translation>Bilder öffnen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="497"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.tif *.tiff *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="504"/>
        <source>Open Folder of Images</source>
        <translation>Bilderordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="513"/>
        <source>Open Labelled Data Set</source>
        <translation>Beschrifteten Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="514"/>
        <source>List or IDX files (*.txt *.idx3-ubyte *.gz *-ubyte);;All files (*)</source>
        <translation>Listen- oder IDX-Dateien (*.txt *.idx3-ubyte *.gz *-ubyte);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="51"/>
        <source>Dynamic variable-effort CNN inference, live. With no arguments, the bundled model runs on the sample images.</source>
        <translation>CNN-Inferenz mit dynamisch variablem Aufwand, live. Ohne Argumente läuft das mitgelieferte Modell auf den Beispielbildern.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="57"/>
        <source>An ONNX model or a Caffe .prototxt.</source>
        <translation>Ein ONNX-Modell oder eine Caffe-.prototxt.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="59"/>
        <source>Images, a folder or a labelled data set.</source>
        <translation>Bilder, ein Ordner oder ein beschrifteter Datensatz.</translation>
    </message>
</context>
</TS>
