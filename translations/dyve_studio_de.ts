<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>dyve::ui::CameraDialog</name>
    <message>
        <location filename="../widgets/camera_dialog.cpp" line="38"/>
        <source>Play video files at their frame rate</source>
        <translation>Videodateien mit ihrer Bildrate abspielen</translation>
    </message>
    <message>
        <location filename="../widgets/camera_dialog.cpp" line="39"/>
        <source>Open Camera</source>
        <translation>Kamera öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/camera_dialog.cpp" line="50"/>
        <source>Unticked, a video file&apos;s frames are run one after another as fast as the engine goes</source>
        <translation>Nicht angehakt, laufen die Bilder einer Videodatei so schnell nacheinander, wie die Engine rechnet</translation>
    </message>
    <message>
        <location filename="../widgets/camera_dialog.cpp" line="52"/>
        <source>Video File…</source>
        <translation>Videodatei…</translation>
    </message>
    <message>
        <location filename="../widgets/camera_dialog.cpp" line="56"/>
        <source>Video File as Camera</source>
        <translation>Videodatei als Kamera</translation>
    </message>
    <message>
        <location filename="../widgets/camera_dialog.cpp" line="57"/>
        <source>Videos (*.avi *.mp4 *.mkv *.mov *.webm *.mjpeg);;All files (*)</source>
        <translation>Videos (*.avi *.mp4 *.mkv *.mov *.webm *.mjpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/camera_dialog.cpp" line="61"/>
        <source>A device number (0), a device (/dev/video0), a GStreamer pipeline ending in appsink, or a video file standing in for a camera.</source>
        <translation>Eine Gerätenummer (0), ein Gerät (/dev/video0), eine GStreamer-Pipeline, die auf appsink endet, oder eine Videodatei anstelle einer Kamera.</translation>
    </message>
</context>
<context>
    <name>dyve::ui::CameraWorker</name>
    <message>
        <location filename="../widgets/camera_worker.cpp" line="157"/>
        <source>%1 · frame %2</source>
        <translation>%1 · Bild %2</translation>
    </message>
</context>
<context>
    <name>dyve::ui::DemoMode</name>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="28"/>
        <source>DyVE Studio — Demo</source>
        <translation>DyVE Studio — Demo</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="34"/>
        <source>Cannot open the model: %1</source>
        <translation>Das Modell lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="40"/>
        <source>Sample images: %1</source>
        <translation>Beispielbilder: %1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="44"/>
        <source>Cannot open the images: %1</source>
        <translation>Die Bilder lassen sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="56"/>
        <source>%1 · %2×%3 at %4 fps</source>
        <translation>%1 · %2×%3 mit %4 fps</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="57"/>
        <source>%1 · %2×%3</source>
        <translation>%1 · %2×%3</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="62"/>
        <source>Camera: %1 — showing the sample images instead.</source>
        <translation>Kamera: %1 — stattdessen werden die Beispielbilder gezeigt.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="109"/>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
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
        <translation>– ms pro Bild</translation>
    </message>
    <message>
        <location filename="../widgets/demo_readout.cpp" line="47"/>
        <source>%1 ms per frame</source>
        <translation>%1 ms pro Bild</translation>
    </message>
</context>
<context>
    <name>dyve::ui::DemoView</name>
    <message>
        <location filename="../widgets/demo_view.cpp" line="86"/>
        <source>Effort: 100 % runs the dense network; lower values skip more work</source>
        <translation>Aufwand: 100 % rechnet das dichte Netz; kleinere Werte überspringen mehr Arbeit</translation>
    </message>
    <message>
        <location filename="../widgets/demo_view.cpp" line="101"/>
        <source>Leave the demo (Esc)</source>
        <translation>Demo verlassen (Esc)</translation>
    </message>
    <message>
        <location filename="../widgets/demo_view.cpp" line="158"/>
        <source>✔ correct</source>
        <translation>✔ richtig</translation>
    </message>
    <message>
        <location filename="../widgets/demo_view.cpp" line="158"/>
        <source>✘ truth: %1</source>
        <translation>✘ richtig wäre: %1</translation>
    </message>
    <message>
        <location filename="../widgets/demo_view.cpp" line="197"/>
        <location filename="../widgets/demo_view.cpp" line="221"/>
        <source>Effort %1 %</source>
        <translation>Aufwand %1 %</translation>
    </message>
</context>
<context>
    <name>dyve::ui::EvaluationJob</name>
    <message>
        <location filename="../widgets/evaluation_job.cpp" line="21"/>
        <source>Evaluating %1 on %2</source>
        <translation>Bewerte %1 auf %2</translation>
    </message>
</context>
<context>
    <name>dyve::ui::EvaluationPage</name>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="42"/>
        <source>Images</source>
        <translation>Bilder</translation>
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
        <translation>Bilder pro Sekunde</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="46"/>
        <source>Engine time per image</source>
        <translation>Engine-Zeit pro Bild</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="65"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="68"/>
        <source>Loading the model and the data set…</source>
        <translation>Lade das Modell und den Datensatz…</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="75"/>
        <source>No evaluation yet: start one from the Tools menu.</source>
        <translation>Noch keine Bewertung: im Menü Werkzeuge starten.</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="83"/>
        <source>Evaluating: %1 of %2 images</source>
        <translation>Bewertung läuft: %1 von %2 Bildern</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="97"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="105"/>
        <source>Finished: %1 images</source>
        <translation>Fertig: %1 Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="108"/>
        <source>Cancelled after %1 of %2 images</source>
        <translation>Abgebrochen nach %1 von %2 Bildern</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_page.cpp" line="113"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
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
    <name>dyve::ui::JobProgressWidget</name>
    <message>
        <location filename="../widgets/job_progress_widget.cpp" line="23"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/job_progress_widget.cpp" line="24"/>
        <source>Stop after the current batch; the figures of what was done are kept</source>
        <translation>Nach dem laufenden Stapel anhalten; die Zahlen des bereits Erledigten bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../widgets/job_progress_widget.cpp" line="52"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
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
        <location filename="../app/dyve-studio/main_window.cpp" line="101"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="613"/>
        <source>DyVE Studio</source>
        <translation>DyVE Studio</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="118"/>
        <source>Camera %1: %2×%3 at %4 fps</source>
        <translation>Kamera %1: %2×%3 mit %4 fps</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="119"/>
        <source>Camera %1: %2×%3</source>
        <translation>Kamera %1: %2×%3</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="129"/>
        <source>Cannot use the camera.

%1</source>
        <translation>Die Kamera lässt sich nicht verwenden.

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="159"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="160"/>
        <source>Heatmaps</source>
        <translation>Heatmaps</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="161"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="162"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="163"/>
        <source>Operations per layer</source>
        <translation>Operationen pro Schicht</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="164"/>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="189"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="190"/>
        <source>Open &amp;Model…</source>
        <translation>&amp;Modell öffnen…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="193"/>
        <source>Open an ONNX model or a Caffe .prototxt (with its .caffemodel beside it)</source>
        <translation>Ein ONNX-Modell oder eine Caffe-.prototxt öffnen (mit der .caffemodel daneben)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="194"/>
        <source>Open &amp;Images…</source>
        <translation>&amp;Bilder öffnen…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="197"/>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="199"/>
        <source>Open Labelled &amp;Data Set…</source>
        <translation>Beschrifteten &amp;Datensatz öffnen…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="200"/>
        <source>A list file (path label), an IDX file, or a folder per class</source>
        <translation>Eine Listendatei (Pfad Label), eine IDX-Datei oder ein Ordner pro Klasse</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="201"/>
        <source>Open &amp;Camera…</source>
        <translation>&amp;Kamera öffnen…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="204"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="205"/>
        <source>A camera, a GStreamer pipeline or a video file standing in for a camera</source>
        <translation>Eine Kamera, eine GStreamer-Pipeline oder eine Videodatei anstelle einer Kamera</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="206"/>
        <source>Open &amp;Bundled Example</source>
        <translation>Mitgeliefertes &amp;Beispiel öffnen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="208"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="210"/>
        <source>Layer Table as &amp;CSV…</source>
        <translation>Schichttabelle als &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="212"/>
        <source>Layer Table as &amp;JSON…</source>
        <translation>Schichttabelle als &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="214"/>
        <source>&amp;Heatmap as PNG…</source>
        <translation>&amp;Heatmap als PNG…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="215"/>
        <source>&amp;Latency Plot as PNG…</source>
        <translation>&amp;Latenzdiagramm als PNG…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="216"/>
        <source>&amp;Operations Plot as PNG…</source>
        <translation>&amp;Operationsdiagramm als PNG…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="218"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="220"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="221"/>
        <source>Step &amp;Back</source>
        <translation>Schritt &amp;zurück</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="225"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="461"/>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="227"/>
        <source>Step &amp;Forward</source>
        <translation>Schritt &amp;vor</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="231"/>
        <source>Stop &amp;Camera</source>
        <translation>&amp;Kamera anhalten</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="234"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="236"/>
        <source>&amp;Evaluate Current Data Set</source>
        <translation>Aktuellen Datensatz &amp;bewerten</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="239"/>
        <source>Evaluate</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="241"/>
        <source>Top-1 and top-5 of the model over the labelled inputs that are open</source>
        <translation>Top-1 und Top-5 des Modells über die geöffneten beschrifteten Eingaben</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="243"/>
        <source>Evaluate Data Set &amp;File…</source>
        <translation>Datensatz-&amp;Datei bewerten…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="244"/>
        <source>A list file (path label) or an IDX file</source>
        <translation>Eine Listendatei (Pfad Klasse) oder eine IDX-Datei</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="246"/>
        <source>Evaluate Data Set F&amp;older…</source>
        <translation>Datensatz-&amp;Ordner bewerten…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="247"/>
        <source>A folder per class, or a folder with a labels.txt</source>
        <translation>Ein Ordner je Klasse oder ein Ordner mit einer labels.txt</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="249"/>
        <source>&amp;Cancel Evaluation</source>
        <translation>Bewertung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="253"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="258"/>
        <source>&amp;Demo Mode</source>
        <translation>&amp;Demo-Modus</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="265"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="267"/>
        <source>Full screen: the picture, the prediction in big type and one effort slider (Esc leaves)</source>
        <translation>Vollbild: das Bild, die Vorhersage in großer Schrift und ein Aufwandsregler (Esc beendet)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="270"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="271"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="275"/>
        <source>System Default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="285"/>
        <source>The language changes when DyVE Studio is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von DyVE Studio.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="289"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="290"/>
        <source>&amp;About DyVE Studio</source>
        <translation>&amp;Über DyVE Studio</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="292"/>
        <source>About DyVE Studio</source>
        <translation>Über DyVE Studio</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="293"/>
        <source>&lt;b&gt;DyVE Studio %1&lt;/b&gt;&lt;p&gt;Dynamic variable-effort CNN inference: load a model and images, watch the engine run, and see per layer where the effort went.&lt;/p&gt;</source>
        <translation>&lt;b&gt;DyVE Studio %1&lt;/b&gt;&lt;p&gt;CNN-Inferenz mit dynamisch variablem Aufwand: Laden Sie ein Modell und Bilder, sehen Sie der Engine bei der Arbeit zu und erkennen Sie pro Schicht, wohin der Aufwand ging.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="298"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="312"/>
        <source>Input to show; dragging runs each one (the newest request wins)</source>
        <translation>Anzuzeigende Eingabe; beim Ziehen wird jede ausgeführt (die neueste Anfrage gewinnt)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="344"/>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="350"/>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="367"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="536"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="376"/>
        <source>Opening camera %1…</source>
        <translation>Öffne Kamera %1…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="396"/>
        <source>Open a model before evaluating a data set.</source>
        <translation>Öffnen Sie ein Modell, bevor Sie einen Datensatz bewerten.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="400"/>
        <source>An evaluation is already running; cancel it first.</source>
        <translation>Es läuft bereits eine Bewertung; brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="427"/>
        <source>Evaluated %1 images: top-1 %2, top-5 %3, %4 images/s</source>
        <translation>%1 Bilder bewertet: Top-1 %2, Top-5 %3, %4 Bilder/s</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="434"/>
        <source>Evaluation cancelled after %1 images</source>
        <translation>Bewertung nach %1 Bildern abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="439"/>
        <source>Cannot evaluate the data set.

%1</source>
        <translation>Der Datensatz lässt sich nicht bewerten.

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="490"/>
        <source>Loaded %1: %2 layers, %3 operations per input</source>
        <translation>%1 geladen: %2 Schichten, %3 Operationen pro Eingabe</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="504"/>
        <source>Open images, a folder or a data set to run the model.</source>
        <translation>Öffnen Sie Bilder, einen Ordner oder einen Datensatz, um das Modell auszuführen.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="510"/>
        <source>Cannot open the model.

%1</source>
        <translation>Das Modell kann nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="512"/>
        <source>Still using %1.</source>
        <translation>Weiterhin wird %1 verwendet.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="526"/>
        <source>Opened %1 labelled inputs from %2</source>
        <translation>%1 beschriftete Eingaben aus %2 geöffnet</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="527"/>
        <source>Opened %1 images from %2</source>
        <translation>%1 Bilder aus %2 geöffnet</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="541"/>
        <source>Cannot open the inputs.

%1</source>
        <translation>Die Eingaben können nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="552"/>
        <source>%1 ms · %2 of %3 operations · %4</source>
        <translation>%1 ms · %2 von %3 Operationen · %4</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="554"/>
        <source>effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="554"/>
        <source>dense</source>
        <translation>dicht</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="613"/>
        <source>%1 — DyVE Studio</source>
        <translation>%1 — DyVE Studio</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="616"/>
        <source>%1 · input %2</source>
        <translation>%1 · Eingabe %2</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="617"/>
        <source>no model</source>
        <translation>kein Modell</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="625"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="625"/>
        <source>no inputs</source>
        <translation>keine Eingaben</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="654"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="661"/>
        <source>Export Layer Table</source>
        <translation>Schichttabelle exportieren</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="654"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="656"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="663"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="671"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="678"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="685"/>
        <source>%1: cannot write the file</source>
        <translation>%1: Die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="661"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="668"/>
        <source>Export Heatmap</source>
        <translation>Heatmap exportieren</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="668"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="676"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="683"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="676"/>
        <source>Export Latency Plot</source>
        <translation>Latenzdiagramm exportieren</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="682"/>
        <source>Export Operations Plot</source>
        <translation>Operationsdiagramm exportieren</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="691"/>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="692"/>
        <source>Models (*.onnx *.prototxt);;ONNX (*.onnx);;Caffe (*.prototxt);;All files (*)</source>
        <translation>Modelle (*.onnx *.prototxt);;ONNX (*.onnx);;Caffe (*.prototxt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="698"/>
        <source>Open Images</source>
        <translation>Bilder öffnen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="699"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.tif *.tiff *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="706"/>
        <source>Open Folder of Images</source>
        <translation>Bilderordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="715"/>
        <source>Open Labelled Data Set</source>
        <translation>Beschrifteten Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="716"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="731"/>
        <source>List or IDX files (*.txt *.idx3-ubyte *.gz *-ubyte);;All files (*)</source>
        <translation>Listen- oder IDX-Dateien (*.txt *.idx3-ubyte *.gz *-ubyte);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="730"/>
        <source>Evaluate Data Set</source>
        <translation>Datensatz bewerten</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="738"/>
        <source>Evaluate Data Set Folder</source>
        <translation>Datensatz-Ordner bewerten</translation>
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
        <translation>bewertete Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/running_accuracy_plot.cpp" line="21"/>
        <source>accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="35"/>
        <source>Dynamic variable-effort CNN inference, live. With no arguments, the bundled model runs on the sample images.</source>
        <translation>CNN-Inferenz mit dynamisch variablem Aufwand, live. Ohne Argumente läuft das mitgelieferte Modell auf den Beispielbildern.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="42"/>
        <source>Run the frames of a camera: a device number (0), a device (/dev/video0), a GStreamer pipeline ending in appsink, or a video file.</source>
        <translation>Die Bilder einer Kamera rechnen: eine Gerätenummer (0), ein Gerät (/dev/video0), eine GStreamer-Pipeline, die auf appsink endet, oder eine Videodatei.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="48"/>
        <source>Play a video file camera as fast as the engine runs, not at its frame rate.</source>
        <translation>Eine Videodatei als Kamera so schnell abspielen, wie die Engine rechnet, nicht mit ihrer Bildrate.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="52"/>
        <source>Full-screen demo: the picture, the prediction in big type, fps and ms, one effort slider. Esc leaves.</source>
        <translation>Vollbild-Demo: das Bild, die Vorhersage in großer Schrift, fps und ms, ein Aufwandsregler. Esc beendet.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="56"/>
        <source>The model to run (else the bundled one).</source>
        <translation>Das zu rechnende Modell (sonst das mitgelieferte).</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="60"/>
        <source>An ONNX model or a Caffe .prototxt.</source>
        <translation>Ein ONNX-Modell oder eine Caffe-.prototxt.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="63"/>
        <source>Images, a folder or a labelled data set.</source>
        <translation>Bilder, ein Ordner oder ein beschrifteter Datensatz.</translation>
    </message>
</context>
</TS>
