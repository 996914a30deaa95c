<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>WidthOptions</name>
    <message>
        <location filename="../widgets/models/width_options.cpp" line="14"/>
        <location filename="../widgets/models/width_options.cpp" line="25"/>
        <source>100% (full)</source>
        <translation>100% (volle Breite)</translation>
    </message>
    <message>
        <location filename="../widgets/models/width_options.cpp" line="17"/>
        <source>%1 (not trained: truncated)</source>
        <translation>%1 (nicht trainiert: abgeschnitten)</translation>
    </message>
</context>
<context>
    <name>dyve::ui::CameraDialog</name>
    <message>
        <location filename="../widgets/input/camera_dialog.cpp" line="38"/>
        <source>Play video files at their frame rate</source>
        <translation>Videodateien mit ihrer Bildrate abspielen</translation>
    </message>
    <message>
        <location filename="../widgets/input/camera_dialog.cpp" line="39"/>
        <source>Open Camera</source>
        <translation>Kamera öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/input/camera_dialog.cpp" line="50"/>
        <source>Unticked, a video file&apos;s frames are run one after another as fast as the engine goes</source>
        <translation>Nicht angehakt, laufen die Bilder einer Videodatei so schnell nacheinander, wie die Engine rechnet</translation>
    </message>
    <message>
        <location filename="../widgets/input/camera_dialog.cpp" line="52"/>
        <source>Video File…</source>
        <translation>Videodatei…</translation>
    </message>
    <message>
        <location filename="../widgets/input/camera_dialog.cpp" line="56"/>
        <source>Video File as Camera</source>
        <translation>Videodatei als Kamera</translation>
    </message>
    <message>
        <location filename="../widgets/input/camera_dialog.cpp" line="57"/>
        <source>Videos (*.avi *.mp4 *.mkv *.mov *.webm *.mjpeg);;All files (*)</source>
        <translation>Videos (*.avi *.mp4 *.mkv *.mov *.webm *.mjpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/input/camera_dialog.cpp" line="61"/>
        <source>A device number (0), a device (/dev/video0), a GStreamer pipeline ending in appsink, or a video file standing in for a camera.</source>
        <translation>Eine Gerätenummer (0), ein Gerät (/dev/video0), eine GStreamer-Pipeline, die auf appsink endet, oder eine Videodatei anstelle einer Kamera.</translation>
    </message>
</context>
<context>
    <name>dyve::ui::CameraWorker</name>
    <message>
        <location filename="../widgets/jobs/camera_worker.cpp" line="161"/>
        <source>%1 · frame %2</source>
        <translation>%1 · Bild %2</translation>
    </message>
</context>
<context>
    <name>dyve::ui::ComparisonView</name>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="41"/>
        <source>Turn on View ▸ Compare with Dense to run each input both ways.</source>
        <translation>Schalten Sie Ansicht ▸ Mit dichtem Lauf vergleichen ein, um jede Eingabe auf beide Arten zu rechnen.</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="49"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="49"/>
        <source>Speed-up</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="49"/>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="49"/>
        <source>Reduction</source>
        <translation>Reduktion</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="50"/>
        <source>Engine time of the run</source>
        <translation>Engine-Zeit des Laufs</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="50"/>
        <source>Dense time ÷ this time</source>
        <translation>Dichte Zeit ÷ diese Zeit</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="51"/>
        <source>Executed operations (SPEC §4.6), overheads included</source>
        <translation>Ausgeführte Operationen (SPEC §4.6), Zusatzaufwand eingeschlossen</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="52"/>
        <source>Dense ÷ executed operations</source>
        <translation>Dichte ÷ ausgeführte Operationen</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="124"/>
        <source>Dense</source>
        <translation>Dicht</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="126"/>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="127"/>
        <source>Effort · level %1</source>
        <translation>Aufwand · Stufe %1</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="128"/>
        <source>Effort · level %1 (dense)</source>
        <translation>Aufwand · Stufe %1 (dicht)</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="141"/>
        <source>%1 ms (median of %2)</source>
        <translation>%1 ms (Median aus %2)</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="143"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="145"/>
        <source>timing…</source>
        <translation>wird gemessen…</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="149"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="151"/>
        <source>%1 (±%2%)</source>
        <translation>%1 (±%2%)</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="163"/>
        <source>✓ Top-1 agrees: %1</source>
        <translation>✓ Top-1 stimmt überein: %1</translation>
    </message>
    <message>
        <location filename="../widgets/comparison/comparison_view.cpp" line="164"/>
        <source>✗ Top-1 differs: dense %1, effort %2</source>
        <translation>✗ Top-1 weicht ab: dicht %1, Aufwand %2</translation>
    </message>
</context>
<context>
    <name>dyve::ui::DemoMode</name>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="29"/>
        <source>DyVE Studio — Demo</source>
        <translation>DyVE Studio — Demo</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="35"/>
        <source>Cannot open the model: %1</source>
        <translation>Das Modell lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="42"/>
        <source>Sample images: %1</source>
        <translation>Beispielbilder: %1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="46"/>
        <source>Cannot open the images: %1</source>
        <translation>Die Bilder lassen sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="58"/>
        <source>%1 · %2×%3 at %4 fps</source>
        <translation>%1 · %2×%3 mit %4 fps</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="59"/>
        <source>%1 · %2×%3</source>
        <translation>%1 · %2×%3</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="64"/>
        <source>Camera: %1 — showing the sample images instead.</source>
        <translation>Kamera: %1 — stattdessen werden die Beispielbilder gezeigt.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/demo_mode.cpp" line="120"/>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
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
        <translation>– ms pro Bild</translation>
    </message>
    <message>
        <location filename="../widgets/models/demo_readout.cpp" line="49"/>
        <source>%1 ms per frame</source>
        <translation>%1 ms pro Bild</translation>
    </message>
    <message>
        <location filename="../widgets/models/demo_readout.cpp" line="55"/>
        <source>%1 ms camera → screen</source>
        <translation>%1 ms Kamera → Bildschirm</translation>
    </message>
</context>
<context>
    <name>dyve::ui::DemoView</name>
    <message>
        <location filename="../widgets/demo/demo_view.cpp" line="125"/>
        <source>Effort level: 0 runs the dense network (exact); 1 the most aggressive level tuned for the model, which skips the most work</source>
        <translation>Aufwandsstufe: 0 rechnet das dichte Netz (exakt); 1 die aggressivste für das Modell getunte Stufe, die am meisten Arbeit überspringt</translation>
    </message>
    <message>
        <location filename="../widgets/demo/demo_view.cpp" line="140"/>
        <source>Effort overlay</source>
        <translation>Aufwands-Overlay</translation>
    </message>
    <message>
        <location filename="../widgets/demo/demo_view.cpp" line="141"/>
        <source>Tint the picture where the effort path skipped work</source>
        <translation>Das Bild dort einfärben, wo der Aufwandspfad Arbeit übersprungen hat</translation>
    </message>
    <message>
        <location filename="../widgets/demo/demo_view.cpp" line="158"/>
        <source>Leave the demo (Esc)</source>
        <translation>Demo verlassen (Esc)</translation>
    </message>
    <message>
        <location filename="../widgets/demo/demo_view.cpp" line="238"/>
        <source>✔ correct</source>
        <translation>✔ richtig</translation>
    </message>
    <message>
        <location filename="../widgets/demo/demo_view.cpp" line="238"/>
        <source>✘ truth: %1</source>
        <translation>✘ richtig wäre: %1</translation>
    </message>
    <message>
        <location filename="../widgets/demo/demo_view.cpp" line="246"/>
        <source>%1 · width %2</source>
        <translation>%1 · Breite %2</translation>
    </message>
    <message>
        <location filename="../widgets/demo/demo_view.cpp" line="323"/>
        <location filename="../widgets/demo/demo_view.cpp" line="350"/>
        <source>Effort level %1</source>
        <translation>Aufwandsstufe %1</translation>
    </message>
</context>
<context>
    <name>dyve::ui::EffortLegend</name>
    <message>
        <location filename="../widgets/common/effort_legend.cpp" line="23"/>
        <source>Tinted where the effort path skipped work (SPET, SDSS): the share of neurons computed exactly at each place of the image, over every effort layer, weighted by its operations</source>
        <translation>Eingefärbt, wo der Aufwandspfad Arbeit übersprungen hat (SPET, SDSS): der Anteil exakt berechneter Neuronen an jeder Stelle des Bildes, über alle Aufwandsschichten, gewichtet mit ihren Operationen</translation>
    </message>
    <message>
        <location filename="../widgets/common/effort_legend.cpp" line="28"/>
        <source>more effort</source>
        <translation>mehr Aufwand</translation>
    </message>
    <message>
        <location filename="../widgets/common/effort_legend.cpp" line="32"/>
        <source>less effort</source>
        <translation>weniger Aufwand</translation>
    </message>
</context>
<context>
    <name>dyve::ui::EvaluationJob</name>
    <message>
        <location filename="../widgets/jobs/evaluation_job.cpp" line="24"/>
        <source>dense</source>
        <translation>dicht</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/evaluation_job.cpp" line="25"/>
        <source>Evaluating %1 on %2 at %3</source>
        <translation>Bewerte %1 auf %2 bei %3</translation>
    </message>
</context>
<context>
    <name>dyve::ui::EvaluationPage</name>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="46"/>
        <source>Images</source>
        <translation>Bilder</translation>
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
        <translation>Bilder pro Sekunde</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="50"/>
        <source>Engine time per image</source>
        <translation>Engine-Zeit pro Bild</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="51"/>
        <source>Dense beside it</source>
        <translation>Dicht daneben</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="70"/>
        <source>dense</source>
        <translation>dicht</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="71"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; at &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt; bei &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="75"/>
        <source>after the effort run</source>
        <translation>nach dem Aufwandslauf</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="76"/>
        <source>Loading the model and the data set…</source>
        <translation>Lade das Modell und den Datensatz…</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="84"/>
        <source>No evaluation yet: start one from the Tools menu.</source>
        <translation>Noch keine Bewertung: im Menü Werkzeuge starten.</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="92"/>
        <source>Evaluating: %1 of %2 images</source>
        <translation>Bewertung läuft: %1 von %2 Bildern</translation>
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
            <numerusform>Top-1 %1, %2 ms pro Bild; die Top-1 weicht bei %n Bild ab</numerusform>
            <numerusform>Top-1 %1, %2 ms pro Bild; die Top-1 weicht bei %n Bildern ab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="136"/>
        <source>Finished: %1 images</source>
        <translation>Fertig: %1 Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="140"/>
        <source>Cancelled after %1 of %2 images</source>
        <translation>Abgebrochen nach %1 von %2 Bildern</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/evaluation_page.cpp" line="145"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>dyve::ui::HeatmapCanvas</name>
    <message>
        <location filename="../widgets/heatmap/heatmap_canvas.cpp" line="48"/>
        <source>Output map %1 of %2: %3 neurons, all computed (dense run)</source>
        <translation>Ausgabekarte %1 von %2: %3 Neuronen, alle berechnet (dichter Lauf)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_canvas.cpp" line="54"/>
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
        <location filename="../widgets/heatmap/heatmap_canvas.cpp" line="67"/>
        <source>Input map %1: approximated by its mean (SFMA)</source>
        <translation>Eingabekarte %1: durch ihren Mittelwert genähert (SFMA)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_canvas.cpp" line="69"/>
        <source>Input map %1: all zero, skipped</source>
        <translation>Eingabekarte %1: nur Nullen, übersprungen</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_canvas.cpp" line="71"/>
        <source>Input map %1: computed</source>
        <translation>Eingabekarte %1: berechnet</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_canvas.cpp" line="74"/>
        <source>Share of output maps skipped at each position</source>
        <translation>Anteil der an jeder Position übersprungenen Ausgabekarten</translation>
    </message>
</context>
<context>
    <name>dyve::ui::HeatmapPainter</name>
    <message>
        <location filename="../widgets/models/heatmap_painter.cpp" line="198"/>
        <source>Input maps (%1)</source>
        <translation>Eingabekarten (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/models/heatmap_painter.cpp" line="206"/>
        <source>Output feature maps (%1 of %2 computed, the rest not reached × %3×%4)</source>
        <translation>Ausgabe-Feature-Maps (%1 von %2 berechnet, der Rest nicht erreicht × %3×%4)</translation>
    </message>
    <message>
        <location filename="../widgets/models/heatmap_painter.cpp" line="211"/>
        <source>Output feature maps (%1 × %2×%3)</source>
        <translation>Ausgabe-Merkmalskarten (%1 × %2×%3)</translation>
    </message>
    <message>
        <location filename="../widgets/models/heatmap_painter.cpp" line="228"/>
        <source>Aggregate: share of maps skipped per position</source>
        <translation>Gesamtbild: Anteil übersprungener Karten je Position</translation>
    </message>
</context>
<context>
    <name>dyve::ui::HeatmapView</name>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="55"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="57"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="58"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="59"/>
        <source>A size that shows each map at about 64 pixels</source>
        <translation>Eine Größe, die jede Karte mit etwa 64 Pixeln zeigt</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="87"/>
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="88"/>
        <source>SPET terminated</source>
        <translation>SPET abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="89"/>
        <source>SDSS interpolated</source>
        <translation>SDSS interpoliert</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="91"/>
        <source>input map approximated (SFMA)</source>
        <translation>Eingabekarte genähert (SFMA)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="92"/>
        <source>input map zero-skipped</source>
        <translation>Eingabekarte als Null übersprungen</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="153"/>
        <source>&amp;Heatmap as PNG…</source>
        <translation>&amp;Heatmap als PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="153"/>
        <source>Export Heatmap</source>
        <translation>Heatmap exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="154"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="196"/>
        <source>No layer selected</source>
        <translation>Keine Schicht ausgewählt</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="197"/>
        <source>Select a layer in the layer table.</source>
        <translation>Wählen Sie eine Schicht in der Schichttabelle.</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="199"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="201"/>
        <source>Width cascade: %1 of %2 maps computed, the rest not reached (hatched)</source>
        <translation>Breitenkaskade: %1 von %2 Maps berechnet, der Rest nicht erreicht (schraffiert)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="205"/>
        <source>effort masks of this run</source>
        <translation>Aufwandsmasken dieses Laufs</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap/heatmap_view.cpp" line="206"/>
        <source>Dense run: nothing skipped</source>
        <translation>Dichter Lauf: nichts übersprungen</translation>
    </message>
</context>
<context>
    <name>dyve::ui::InferenceWorker</name>
    <message>
        <location filename="../widgets/jobs/inference_worker.cpp" line="190"/>
        <source>No layer of this model takes the effort path.</source>
        <translation>Keine Schicht dieses Modells nimmt den Aufwandspfad.</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/inference_worker.cpp" line="208"/>
        <source>No effort profile for this model, and its card&apos;s default data set &apos;%1&apos; to calibrate the uniform mapping on is not found; load a profile.</source>
        <translation>Kein Aufwandsprofil für dieses Modell, und der Standard-Datensatz &apos;%1&apos; aus seiner Modellkarte zum Kalibrieren der gleichförmigen Zuordnung wurde nicht gefunden; laden Sie ein Profil.</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/inference_worker.cpp" line="201"/>
        <source>uniform, calibrated on %1 images of %2</source>
        <translation>gleichförmig, kalibriert auf %1 Bildern von %2</translation>
    </message>
</context>
<context>
    <name>dyve::ui::InputView</name>
    <message>
        <location filename="../widgets/input/input_view.cpp" line="21"/>
        <source>Effort overlay</source>
        <translation>Aufwands-Overlay</translation>
    </message>
    <message>
        <location filename="../widgets/input/input_view.cpp" line="84"/>
        <source>%1 — answered at width %2 by the width cascade</source>
        <translation>%1 — von der Breitenkaskade bei Breite %2 beantwortet</translation>
    </message>
    <message>
        <location filename="../widgets/input/input_view.cpp" line="86"/>
        <source>%1 — at width %2</source>
        <translation>%1 — bei Breite %2</translation>
    </message>
    <message>
        <location filename="../widgets/input/input_view.cpp" line="104"/>
        <source>ground truth unknown</source>
        <translation>Grundwahrheit unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/input/input_view.cpp" line="111"/>
        <source>✔ %1 — correct</source>
        <translation>✔ %1 — richtig</translation>
    </message>
    <message>
        <location filename="../widgets/input/input_view.cpp" line="112"/>
        <source>✘ truth: %1 — predicted %2</source>
        <translation>✘ richtig wäre: %1 — vorhergesagt: %2</translation>
    </message>
    <message>
        <location filename="../widgets/input/input_view.cpp" line="145"/>
        <source>No input yet</source>
        <translation>Noch keine Eingabe</translation>
    </message>
    <message>
        <location filename="../widgets/input/input_view.cpp" line="173"/>
        <source>Tint the image where the effort path skipped work</source>
        <translation>Das Bild dort einfärben, wo der Aufwandspfad Arbeit übersprungen hat</translation>
    </message>
    <message>
        <location filename="../widgets/input/input_view.cpp" line="174"/>
        <source>The overlay shows where an effort run spent its work; a dense run has none</source>
        <translation>Das Overlay zeigt, wo ein Aufwandslauf seine Arbeit aufgewendet hat; ein dichter Lauf hat keins</translation>
    </message>
</context>
<context>
    <name>dyve::ui::JobProgressWidget</name>
    <message>
        <location filename="../widgets/common/job_progress_widget.cpp" line="23"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/common/job_progress_widget.cpp" line="24"/>
        <source>Stop after the current batch; the figures of what was done are kept</source>
        <translation>Nach dem laufenden Stapel anhalten; die Zahlen des bereits Erledigten bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../widgets/common/job_progress_widget.cpp" line="52"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
</context>
<context>
    <name>dyve::ui::KnobPanel</name>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="55"/>
        <source>Reset Overrides</source>
        <translation>Überschreibungen zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="56"/>
        <source>Load Profile…</source>
        <translation>Profil laden…</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="57"/>
        <source>Save Profile…</source>
        <translation>Profil speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="82"/>
        <source>Effort level: 0 runs the dense network (exact), 1 the most aggressive setting of the profile; every change re-runs the current input</source>
        <translation>Aufwandsstufe: 0 rechnet das dichte Netz (exakt), 1 die aggressivste Einstellung des Profils; jede Änderung rechnet die aktuelle Eingabe neu</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="86"/>
        <source>The effort level: 0 dense, 1 the profile&apos;s most aggressive tuned setting</source>
        <translation>Die Aufwandsstufe: 0 dicht, 1 die aggressivste getunte Einstellung des Profils</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="90"/>
        <source>Dense ÷ effort time of the input on screen: medians of repeated runs of each, after a warm-up, timed by the engine; ± is half the interquartile range of the run-pair ratios</source>
        <translation>Dichte ÷ Aufwands-Zeit der gezeigten Eingabe: Mediane wiederholter Läufe beider Pfade nach einem Aufwärmlauf, gemessen von der Engine; ± ist der halbe Interquartilsabstand der Verhältnisse der Laufpaare</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="98"/>
        <source>Dense ÷ executed operations of the run on screen</source>
        <translation>Dichte ÷ ausgeführte Operationen des angezeigten Laufs</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="105"/>
        <source>Runtime channel width: every convolution computes this share of its output channels, with the head trained for that width when the model has one (the effort knobs run at full width)</source>
        <translation>Kanalbreite zur Laufzeit: jede Faltung berechnet diesen Anteil ihrer Ausgabekanäle, mit dem für diese Breite trainierten Kopf, wenn das Modell einen hat (die Effort-Regler wirken nur bei voller Breite)</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="117"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="122"/>
        <source>Effort level</source>
        <translation>Aufwandsstufe</translation>
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
        <translation>Sättigungsvorhersage (SPEC §4.3): 100 % behält das τ des Profils, kleinere Werte sagen nur weiter unterhalb des Mittelwerts vorher, 0 % schaltet SPET ab</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="135"/>
        <source>Selective sampling (SPEC §4.4): the profile&apos;s θ scaled; 0 % turns SDSS off</source>
        <translation>Selektive Abtastung (SPEC §4.4): das θ des Profils skaliert; 0 % schaltet SDSS ab</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="136"/>
        <source>Feature-map approximation (SPEC §4.5): the profile&apos;s ν scaled; 0 % turns its lossy part off</source>
        <translation>Merkmalskarten-Näherung (SPEC §4.5): das ν des Profils skaliert; 0 % schaltet ihren verlustbehafteten Teil ab</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="197"/>
        <source>Reset This Layer</source>
        <translation>Diese Schicht zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="200"/>
        <source>Reset All Overrides</source>
        <translation>Alle Überschreibungen zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="210"/>
        <source>Every layer back to the knobs of the profile at the chosen level</source>
        <translation>Jede Schicht zurück auf die Regler des Profils bei der gewählten Stufe</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="211"/>
        <source>Use another effort profile made for this model (dyve tune writes them)</source>
        <translation>Ein anderes Aufwandsprofil für dieses Modell verwenden (dyve tune erzeugt sie)</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="213"/>
        <source>Write the profile with the mechanism scales and overrides applied to every level</source>
        <translation>Das Profil schreiben, mit den Mechanismus-Skalierungen und Überschreibungen auf jeder Stufe angewendet</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="320"/>
        <source>Width %1: the first %1 of every layer&apos;s channels, dense</source>
        <translation>Breite %1: die ersten %1 der Kanäle jeder Schicht, dicht</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="328"/>
        <source>Dense: no knob is on at level %1</source>
        <translation>Dicht: auf Stufe %1 ist kein Regler aktiv</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="330"/>
        <source>Dense: the reference speed</source>
        <translation>Dicht: die Referenzgeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="334"/>
        <source>Timing against dense…</source>
        <translation>Zeitmessung gegen dicht…</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="336"/>
        <source>Speed-up not measured (timed when an input is stepped to, not while playing)</source>
        <translation>Beschleunigung nicht gemessen (gemessen beim Schritt zu einer Eingabe, nicht beim Abspielen)</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="350"/>
        <source>Width cascade: stopped at %1, its head %2 sure (threshold %3)</source>
        <translation>Breitenkaskade: bei %1 angehalten, ihr Kopf zu %2 sicher (Schwelle %3)</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="353"/>
        <source>Width cascade: widened to %1, no narrower head was sure enough</source>
        <translation>Breitenkaskade: auf %1 verbreitert, kein schmalerer Kopf war sicher genug</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="371"/>
        <source>%1 fewer operations than the full width on the input shown</source>
        <translation>%1 weniger Operationen als die volle Breite bei der gezeigten Eingabe</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="375"/>
        <source>Dense: every operation executed</source>
        <translation>Dicht: jede Operation ausgeführt</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="378"/>
        <source>%1 on the input shown</source>
        <translation>%1 auf der gezeigten Eingabe</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="384"/>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="389"/>
        <source>No effort profile: the model runs dense</source>
        <translation>Kein Aufwandsprofil: Das Modell läuft dicht</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="395"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="400"/>
        <source>Every level runs dense: no setting the tuner timed made a layer faster (Tuned column)</source>
        <translation>Jede Stufe läuft dicht: keine vom Tuner gemessene Einstellung machte eine Schicht schneller (Spalte „Getunt“)</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="441"/>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="461"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="472"/>
        <source>Load Effort Profile</source>
        <translation>Aufwandsprofil laden</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="473"/>
        <source>Effort profiles (*.json);;All files (*)</source>
        <translation>Aufwandsprofile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="483"/>
        <source>Save Effort Profile</source>
        <translation>Aufwandsprofil speichern</translation>
    </message>
    <message>
        <location filename="../widgets/knobs/knob_panel.cpp" line="484"/>
        <source>Effort profiles (*.profile.json *.json)</source>
        <translation>Aufwandsprofile (*.profile.json *.json)</translation>
    </message>
</context>
<context>
    <name>dyve::ui::LatencyPlot</name>
    <message>
        <location filename="../widgets/latency/latency_plot.cpp" line="27"/>
        <source>latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/latency/latency_plot.cpp" line="15"/>
        <source>dense (ms)</source>
        <translation>dicht (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/latency/latency_plot.cpp" line="19"/>
        <source>effort (ms)</source>
        <translation>Aufwand (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/latency/latency_plot.cpp" line="23"/>
        <source>effort: operation reduction (×)</source>
        <translation>Aufwand: Operationsreduktion (×)</translation>
    </message>
    <message>
        <location filename="../widgets/latency/latency_plot.cpp" line="26"/>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/latency/latency_plot.cpp" line="28"/>
        <source>reduction (×)</source>
        <translation>Reduktion (×)</translation>
    </message>
    <message>
        <location filename="../widgets/latency/latency_plot.cpp" line="46"/>
        <source>&amp;Latency Plot as PNG…</source>
        <translation>&amp;Latenzdiagramm als PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/latency/latency_plot.cpp" line="46"/>
        <source>Export Latency Plot</source>
        <translation>Latenzdiagramm exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/latency/latency_plot.cpp" line="47"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
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
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="197"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="218"/>
        <source>Not timed by the tuner: the profile has no layer_timing for this layer (tuned for operations, or before time tuning)</source>
        <translation>Vom Tuner nicht gemessen: das Profil hat kein layer_timing für diese Schicht (auf Operationen getunt oder vor dem Zeit-Tuning)</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="220"/>
        <source>The tuner&apos;s fastest setting for this layer: %1</source>
        <translation>Die schnellste Einstellung des Tuners für diese Schicht: %1</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="225"/>
        <source>1 thread</source>
        <translation>1 Thread</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="225"/>
        <source>%1 threads</source>
        <translation>%1 Threads</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="227"/>
        <source>%1: %2 ms dense, %3 ms with it (%4× dense speed)</source>
        <translation>%1: %2 ms dicht, %3 ms damit (%4× dichte Geschwindigkeit)</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="231"/>
        <source>Shipped: on the effort path at level 1</source>
        <translation>Ausgeliefert: auf dem Aufwandspfad bei Stufe 1</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="233"/>
        <source>Not shipped: it pays in this layer, but not within the accuracy budget</source>
        <translation>Nicht ausgeliefert: lohnt sich in dieser Schicht, aber nicht innerhalb des Genauigkeitsbudgets</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="235"/>
        <source>Not shipped: it does not make the layer faster, so the layer stays dense</source>
        <translation>Nicht ausgeliefert: macht die Schicht nicht schneller, daher bleibt sie dicht</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="278"/>
        <source>Measured on the input shown: median ms of the layer on the dense path → on the effort path (red: slower than dense)</source>
        <translation>Gemessen auf der gezeigten Eingabe: Median-ms der Schicht auf dem dichten Pfad → auf dem Aufwandspfad (rot: langsamer als dicht)</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="281"/>
        <source>%1: some knobs overridden (bold); right-click to reset</source>
        <translation>%1: einige Regler überschrieben (fett); Rechtsklick zum Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="285"/>
        <source>Overridden: stays at every level until reset (right-click ▸ Reset)</source>
        <translation>Überschrieben: gilt auf jeder Stufe bis zum Zurücksetzen (Rechtsklick ▸ Zurücksetzen)</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="286"/>
        <source>From the profile at this level and the mechanism&apos;s scale; double-click to override</source>
        <translation>Aus dem Profil bei dieser Stufe und der Skalierung des Mechanismus; Doppelklick zum Überschreiben</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="300"/>
        <source>Layer</source>
        <translation>Schicht</translation>
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
        <translation>ms dicht → Aufwand</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="314"/>
        <source>Tuned: fastest × dense</source>
        <translation>Getunt: schnellste × dicht</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="322"/>
        <source>SPET checkpoints: fractions of the significance-ordered inputs summed before predicting (e.g. 0.25 or 0.25, 0.5)</source>
        <translation>SPET-Prüfpunkte: Anteile der nach Bedeutung geordneten Eingaben, die vor der Vorhersage summiert werden (z. B. 0.25 oder 0.25, 0.5)</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="325"/>
        <source>SPET threshold τ in pre-activation standard deviations: a neuron whose partial sum is below it is predicted zero; off disables SPET</source>
        <translation>SPET-Schwelle τ in Standardabweichungen vor der Aktivierung: Ein Neuron, dessen Teilsumme darunter liegt, wird als null vorhergesagt; aus schaltet SPET ab</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="328"/>
        <source>SDSS stride s: every s-th row and column is computed first</source>
        <translation>SDSS-Schrittweite s: Jede s-te Zeile und Spalte wird zuerst berechnet</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="330"/>
        <source>SDSS threshold θ in activation standard deviations: positions whose computed neighbours are all at most θ are interpolated; off disables SDSS</source>
        <translation>SDSS-Schwelle θ in Standardabweichungen der Aktivierung: Positionen, deren berechnete Nachbarn alle höchstens θ sind, werden interpoliert; aus schaltet SDSS ab</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="333"/>
        <source>SFMA threshold ν in input standard deviations: input maps whose spread is at most ν are replaced by their mean; off disables the lossy part</source>
        <translation>SFMA-Schwelle ν in Standardabweichungen der Eingabe: Eingabekarten mit einer Streuung von höchstens ν werden durch ihren Mittelwert ersetzt; aus schaltet den verlustbehafteten Teil ab</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_knobs_model.cpp" line="336"/>
        <source>From the profile&apos;s tuning: the fastest setting timed on this layer and the layer&apos;s speed with it against dense at the fewest threads timed (green: faster at every thread count; red: no faster, so not shipped)</source>
        <translation>Aus dem Tuning des Profils: die schnellste für diese Schicht gemessene Einstellung und die Geschwindigkeit der Schicht damit gegenüber dicht bei der kleinsten gemessenen Threadzahl (grün: bei jeder Threadzahl schneller; rot: nicht schneller, daher nicht ausgeliefert)</translation>
    </message>
</context>
<context>
    <name>dyve::ui::LayerOpsPlot</name>
    <message>
        <location filename="../widgets/layers/layer_ops_plot.cpp" line="24"/>
        <source>dense</source>
        <translation>dicht</translation>
    </message>
    <message>
        <location filename="../widgets/layers/layer_ops_plot.cpp" line="29"/>
        <source>executed</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <location filename="../widgets/layers/layer_ops_plot.cpp" line="40"/>
        <source>operations (millions)</source>
        <translation>Operationen (Millionen)</translation>
    </message>
    <message>
        <location filename="../widgets/layers/layer_ops_plot.cpp" line="55"/>
        <source>&amp;Operations Plot as PNG…</source>
        <translation>&amp;Operationsdiagramm als PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/layers/layer_ops_plot.cpp" line="55"/>
        <source>Export Operations Plot</source>
        <translation>Operationsdiagramm exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/layers/layer_ops_plot.cpp" line="56"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>dyve::ui::LayerTableModel</name>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="158"/>
        <source>Dense run: the effort engine reported nothing for this layer.</source>
        <translation>Dichter Lauf: Die Aufwands-Engine hat für diese Schicht nichts gemeldet.</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="175"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="177"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="179"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="181"/>
        <source>Dense ops</source>
        <translation>Dichte Ops</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="183"/>
        <source>Executed ops</source>
        <translation>Ausgeführte Ops</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="185"/>
        <source>Reduction</source>
        <translation>Reduktion</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="187"/>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
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
        <translation>Null-Skip %</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="203"/>
        <source>Multiply-accumulates of the dense layer (SPEC §4.6)</source>
        <translation>Multiplikations-Additionen der dichten Schicht (SPEC §4.6)</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="205"/>
        <source>Operations actually executed, overheads included</source>
        <translation>Tatsächlich ausgeführte Operationen, Zusatzaufwand eingeschlossen</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="207"/>
        <source>Dense operations divided by executed operations</source>
        <translation>Dichte Operationen geteilt durch ausgeführte Operationen</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="209"/>
        <source>Output neurons predicted saturated and terminated early (SPET)</source>
        <translation>Ausgabeneuronen, als gesättigt vorhergesagt und früh abgebrochen (SPET)</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="211"/>
        <source>Output neurons interpolated from sampled neighbours (SDSS)</source>
        <translation>Ausgabeneuronen, aus abgetasteten Nachbarn interpoliert (SDSS)</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="213"/>
        <source>Input maps replaced by their mean (SFMA)</source>
        <translation>Eingabekarten, durch ihren Mittelwert ersetzt (SFMA)</translation>
    </message>
    <message>
        <location filename="../widgets/models/layer_table_model.cpp" line="215"/>
        <source>All-zero input maps skipped</source>
        <translation>Übersprungene Eingabekarten, die nur Nullen enthalten</translation>
    </message>
</context>
<context>
    <name>dyve::ui::LayerTableView</name>
    <message>
        <location filename="../widgets/layers/layer_table_view.cpp" line="63"/>
        <source>Layer Table as &amp;CSV…</source>
        <translation>Schichttabelle als &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/layers/layer_table_view.cpp" line="63"/>
        <location filename="../widgets/layers/layer_table_view.cpp" line="68"/>
        <source>Export Layer Table</source>
        <translation>Schichttabelle exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/layers/layer_table_view.cpp" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/layers/layer_table_view.cpp" line="68"/>
        <source>Layer Table as &amp;JSON…</source>
        <translation>Schichttabelle als &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../widgets/layers/layer_table_view.cpp" line="69"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
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
        <translation>Aufwandsprofil %1 geladen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="132"/>
        <source>Effort profile saved to %1</source>
        <translation>Aufwandsprofil in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="140"/>
        <source>Camera %1: %2×%3 at %4 fps</source>
        <translation>Kamera %1: %2×%3 mit %4 fps</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="141"/>
        <source>Camera %1: %2×%3</source>
        <translation>Kamera %1: %2×%3</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="151"/>
        <source>Cannot use the camera.

%1</source>
        <translation>Die Kamera lässt sich nicht verwenden.

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="177"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="178"/>
        <source>Heatmaps</source>
        <translation>Heatmaps</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="179"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="180"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="181"/>
        <source>Operations per layer</source>
        <translation>Operationen pro Schicht</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="182"/>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="183"/>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="184"/>
        <source>Dense vs Effort</source>
        <translation>Dicht vs. Aufwand</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="185"/>
        <source>Pareto</source>
        <translation>Pareto</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="29"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="30"/>
        <source>Open &amp;Model…</source>
        <translation>&amp;Modell öffnen…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="34"/>
        <source>Open an ONNX model or a Caffe .prototxt (with its .caffemodel beside it)</source>
        <translation>Ein ONNX-Modell oder eine Caffe-.prototxt öffnen (mit der .caffemodel daneben)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="35"/>
        <source>Open &amp;Images…</source>
        <translation>&amp;Bilder öffnen…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="39"/>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="42"/>
        <source>Open Labelled &amp;Data Set…</source>
        <translation>Beschrifteten &amp;Datensatz öffnen…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="43"/>
        <source>A list file (path label), an IDX file, or a folder per class</source>
        <translation>Eine Listendatei (Pfad Label), eine IDX-Datei oder ein Ordner pro Klasse</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="44"/>
        <source>Open &amp;Camera…</source>
        <translation>&amp;Kamera öffnen…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="48"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="49"/>
        <source>A camera, a GStreamer pipeline or a video file standing in for a camera</source>
        <translation>Eine Kamera, eine GStreamer-Pipeline oder eine Videodatei anstelle einer Kamera</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="50"/>
        <source>Open &amp;Bundled Example</source>
        <translation>Mitgeliefertes &amp;Beispiel öffnen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="53"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="54"/>
        <source>&amp;Report as HTML…</source>
        <translation>Bericht als &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="65"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="70"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="71"/>
        <source>Step &amp;Back</source>
        <translation>Schritt &amp;zurück</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="310"/>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="75"/>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="77"/>
        <source>Step &amp;Forward</source>
        <translation>Schritt &amp;vor</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="81"/>
        <source>Stop &amp;Camera</source>
        <translation>&amp;Kamera anhalten</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="86"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="88"/>
        <source>&amp;Evaluate Current Data Set</source>
        <translation>Aktuellen Datensatz &amp;bewerten</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="91"/>
        <source>Evaluate</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="93"/>
        <source>Top-1 and top-5 of the model over the labelled inputs that are open</source>
        <translation>Top-1 und Top-5 des Modells über die geöffneten beschrifteten Eingaben</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="95"/>
        <source>Evaluate Data Set &amp;File…</source>
        <translation>Datensatz-&amp;Datei bewerten…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="96"/>
        <source>A list file (path label) or an IDX file</source>
        <translation>Eine Listendatei (Pfad Klasse) oder eine IDX-Datei</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="98"/>
        <source>Evaluate Data Set F&amp;older…</source>
        <translation>Datensatz-&amp;Ordner bewerten…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="99"/>
        <source>A folder per class, or a folder with a labels.txt</source>
        <translation>Ein Ordner je Klasse oder ein Ordner mit einer labels.txt</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="116"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="121"/>
        <source>&amp;Demo Mode</source>
        <translation>&amp;Demo-Modus</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="128"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="130"/>
        <source>Full screen: the picture, the prediction in big type and one effort slider (Esc leaves)</source>
        <translation>Vollbild: das Bild, die Vorhersage in großer Schrift und ein Aufwandsregler (Esc beendet)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="136"/>
        <source>Compare with &amp;Dense</source>
        <translation>Mit &amp;dichtem Lauf vergleichen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="137"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="140"/>
        <source>Also run each input dense and show both side by side: top-5, latency, operations, and whether the top-1 agrees</source>
        <translation>Jede Eingabe zusätzlich dicht rechnen und beide nebeneinander zeigen: Top-5, Latenz, Operationen und ob Top-1 übereinstimmt</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="153"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="154"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="158"/>
        <source>System Default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="168"/>
        <source>The language changes when DyVE Studio is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von DyVE Studio.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="174"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="175"/>
        <source>&amp;About DyVE Studio</source>
        <translation>&amp;Über DyVE Studio</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="177"/>
        <source>About DyVE Studio</source>
        <translation>Über DyVE Studio</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="178"/>
        <source>&lt;b&gt;DyVE Studio %1&lt;/b&gt;&lt;p&gt;Dynamic variable-effort CNN inference: load a model and images, watch the engine run, and see per layer where the effort went.&lt;/p&gt;</source>
        <translation>&lt;b&gt;DyVE Studio %1&lt;/b&gt;&lt;p&gt;CNN-Inferenz mit dynamisch variablem Aufwand: Laden Sie ein Modell und Bilder, sehen Sie der Engine bei der Arbeit zu und erkennen Sie pro Schicht, wohin der Aufwand ging.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="185"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="197"/>
        <source>Input to show; dragging runs each one (the newest request wins)</source>
        <translation>Anzuzeigende Eingabe; beim Ziehen wird jede ausgeführt (die neueste Anfrage gewinnt)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="232"/>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="239"/>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="263"/>
        <location filename="../app/dyve-studio/main_window.cpp" line="392"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="272"/>
        <source>Opening camera %1…</source>
        <translation>Öffne Kamera %1…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="34"/>
        <source>Open a model before evaluating a data set.</source>
        <translation>Öffnen Sie ein Modell, bevor Sie einen Datensatz bewerten.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="38"/>
        <source>An evaluation is already running; cancel it first.</source>
        <translation>Es läuft bereits eine Bewertung; brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="83"/>
        <source>Evaluation cancelled after %1 images</source>
        <translation>Bewertung nach %1 Bildern abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="88"/>
        <source>Cannot evaluate the data set.

%1</source>
        <translation>Der Datensatz lässt sich nicht bewerten.

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="133"/>
        <source>Open a model before sweeping effort levels.</source>
        <translation>Öffnen Sie ein Modell, bevor Sie Aufwandsstufen durchlaufen.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="119"/>
        <source>A sweep or tuning is already running; cancel it first.</source>
        <translation>Es läuft bereits ein Durchlauf oder Tuning; brechen Sie es zuerst ab.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="71"/>
        <source>Evaluated %1 images at %2: top-1 %3, top-5 %4, %5 images/s</source>
        <translation>%1 Bilder bei %2 bewertet: Top-1 %3, Top-5 %4, %5 Bilder/s</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="76"/>
        <source>dense %1, top-1 differs on %2 images</source>
        <translation>dicht %1, Top-1 weicht bei %2 Bildern ab</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="150"/>
        <source>Cannot sweep effort levels.

%1</source>
        <translation>Die Aufwandsstufen lassen sich nicht durchlaufen.

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="162"/>
        <source>Open a model before tuning an effort profile.</source>
        <translation>Öffnen Sie ein Modell, bevor Sie ein Aufwandsprofil tunen.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="174"/>
        <source>Cannot tune an effort profile.

%1</source>
        <translation>Das Aufwandsprofil lässt sich nicht tunen.

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="176"/>
        <source>Tuned profile written to %1 and loaded</source>
        <translation>Getuntes Profil in %1 geschrieben und geladen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="192"/>
        <source>Write the Tuned Profile</source>
        <translation>Getuntes Profil schreiben</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="192"/>
        <source>Effort profiles (*.profile.json)</source>
        <translation>Aufwandsprofile (*.profile.json)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="342"/>
        <source>Loaded %1: %2 layers, %3 operations per input</source>
        <translation>%1 geladen: %2 Schichten, %3 Operationen pro Eingabe</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="356"/>
        <source>Open images, a folder or a data set to run the model.</source>
        <translation>Öffnen Sie Bilder, einen Ordner oder einen Datensatz, um das Modell auszuführen.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="366"/>
        <source>Cannot open the model.

%1</source>
        <translation>Das Modell kann nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="368"/>
        <source>Still using %1.</source>
        <translation>Weiterhin wird %1 verwendet.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="382"/>
        <source>Opened %1 labelled inputs from %2</source>
        <translation>%1 beschriftete Eingaben aus %2 geöffnet</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="383"/>
        <source>Opened %1 images from %2</source>
        <translation>%1 Bilder aus %2 geöffnet</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="397"/>
        <source>Cannot open the inputs.

%1</source>
        <translation>Die Eingaben können nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="430"/>
        <source>width cascade, answered at %1</source>
        <translation>Breitenkaskade, beantwortet bei %1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="431"/>
        <source>effort %1</source>
        <translation>Aufwand %1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="433"/>
        <source>%1 ms · %2 of %3 operations · %4</source>
        <translation>%1 ms · %2 von %3 Operationen · %4</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="432"/>
        <source>dense</source>
        <translation>dicht</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="502"/>
        <source>%1 — DyVE Studio</source>
        <translation>%1 — DyVE Studio</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="505"/>
        <source>%1 · input %2</source>
        <translation>%1 · Eingabe %2</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="506"/>
        <source>no model</source>
        <translation>kein Modell</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="514"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="514"/>
        <source>no inputs</source>
        <translation>keine Eingaben</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_export.cpp" line="37"/>
        <source>%1: nothing to report yet: open a model and run an input first</source>
        <translation>%1: noch nichts zu berichten: zuerst ein Modell öffnen und eine Eingabe ausführen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_export.cpp" line="80"/>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_export.cpp" line="88"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_export.cpp" line="88"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_export.cpp" line="102"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="101"/>
        <source>&amp;Sweep Effort Levels</source>
        <translation>Aufwandsstufen durch&amp;laufen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="102"/>
        <source>Accuracy, operations and time at effort levels 0 … 1 and dense, over the labelled inputs that are open (else the model&apos;s default data set)</source>
        <translation>Genauigkeit, Operationen und Zeit bei den Aufwandsstufen 0 … 1 und dicht, über die geöffneten beschrifteten Eingaben (sonst den Standard-Datensatz des Modells)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="104"/>
        <source>&amp;Tune Effort Profile…</source>
        <translation>Aufwandsprofil &amp;tunen…</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="106"/>
        <source>Search per-layer knobs within 0.5 points of dense top-1 and write a profile</source>
        <translation>Regler je Schicht innerhalb von 0,5 Punkten der dichten Top-1 suchen und ein Profil schreiben</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_menus.cpp" line="109"/>
        <source>&amp;Cancel Background Job</source>
        <translation>Hintergrundauftrag &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="438"/>
        <source>knob → view %1 ms</source>
        <translation>Regler → Anzeige %1 ms</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="441"/>
        <source>camera → view %1 ms</source>
        <translation>Kamera → Ansicht %1 ms</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="444"/>
        <source>Engine time of the run on screen, its executed and dense operations, and the time from the last knob change to its result on screen</source>
        <translation>Engine-Zeit des angezeigten Laufs, seine ausgeführten und dichten Operationen sowie die Zeit von der letzten Regleränderung bis zu ihrem Ergebnis auf dem Bildschirm</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="472"/>
        <source>dense (effort %1)</source>
        <translation>dicht (Aufwand %1)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="475"/>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="477"/>
        <source>effort %1 (%2)</source>
        <translation>Aufwand %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="529"/>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="530"/>
        <source>Models (*.onnx *.prototxt);;ONNX (*.onnx);;Caffe (*.prototxt);;All files (*)</source>
        <translation>Modelle (*.onnx *.prototxt);;ONNX (*.onnx);;Caffe (*.prototxt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="536"/>
        <source>Open Images</source>
        <translation>Bilder öffnen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="537"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.tif *.tiff *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="544"/>
        <source>Open Folder of Images</source>
        <translation>Bilderordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="553"/>
        <source>Open Labelled Data Set</source>
        <translation>Beschrifteten Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window.cpp" line="554"/>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="199"/>
        <source>List or IDX files (*.txt *.idx3-ubyte *.gz *-ubyte);;All files (*)</source>
        <translation>Listen- oder IDX-Dateien (*.txt *.idx3-ubyte *.gz *-ubyte);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="198"/>
        <source>Evaluate Data Set</source>
        <translation>Datensatz bewerten</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main_window_jobs.cpp" line="206"/>
        <source>Evaluate Data Set Folder</source>
        <translation>Datensatz-Ordner bewerten</translation>
    </message>
</context>
<context>
    <name>dyve::ui::ParetoPage</name>
    <message numerus="yes">
        <location filename="../widgets/pareto/pareto_page.cpp" line="35"/>
        <source>%1 (%n images)</source>
        <translation>
            <numerusform>%1 (%n Bild)</numerusform>
            <numerusform>%1 (%n Bilder)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="62"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="63"/>
        <source>Stop at the next batch; the points measured so far are kept</source>
        <translation>Beim nächsten Stapel anhalten; die bisher gemessenen Punkte bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="71"/>
        <source>Time (ms per image)</source>
        <translation>Zeit (ms pro Bild)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="72"/>
        <source>Images per second</source>
        <translation>Bilder pro Sekunde</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="73"/>
        <source>Executed operations</source>
        <translation>Ausgeführte Operationen</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="74"/>
        <source>Operation reduction (×)</source>
        <translation>Operationsreduktion (×)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="78"/>
        <source>x axis:</source>
        <translation>x-Achse:</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="103"/>
        <source>The tuner&apos;s steps, accepted and rejected</source>
        <translation>Die Schritte des Tuners, angenommene und verworfene</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="155"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="180"/>
        <source>Effort sweep of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Aufwandsdurchlauf von &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="182"/>
        <source>Loading the model and the data set…</source>
        <translation>Lade das Modell und den Datensatz…</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="208"/>
        <source>Tuning an effort profile for &lt;b&gt;%1&lt;/b&gt; (budget %2 pp of top-1)</source>
        <translation>Tune ein Aufwandsprofil für &lt;b&gt;%1&lt;/b&gt; (Budget %2 Pp. Top-1)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="210"/>
        <source>Loading the model and the tuning set…</source>
        <translation>Lade das Modell und den Tuning-Datensatz…</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="256"/>
        <source>No sweep or tuning yet: start one from the Tools menu, or open a tuned profile.</source>
        <translation>Noch kein Durchlauf oder Tuning: im Menü Werkzeuge starten oder ein getuntes Profil öffnen.</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="275"/>
        <source>&amp;Pareto Plot as PNG…</source>
        <translation>&amp;Pareto-Diagramm als PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="275"/>
        <source>Export Pareto Plot</source>
        <translation>Pareto-Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="276"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="291"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="292"/>
        <source>tuned in this session</source>
        <translation>in dieser Sitzung getunt</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="299"/>
        <source>Tuned on %1 within %2 pp: top-1 %3 % (dense %4 %), %5× fewer operations at effort 1</source>
        <translation>Getunt auf %1 innerhalb von %2 Pp.: Top-1 %3 % (dicht %4 %), %5× weniger Operationen bei Aufwand 1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pareto/pareto_page.cpp" line="331"/>
        <source>Finished: %n points</source>
        <translation>
            <numerusform>Fertig: %n Punkt</numerusform>
            <numerusform>Fertig: %n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pareto/pareto_page.cpp" line="335"/>
        <source>Cancelled: %n points measured, the one under way dropped</source>
        <translation>
            <numerusform>Abgebrochen: %n Punkt gemessen, der laufende verworfen</numerusform>
            <numerusform>Abgebrochen: %n Punkte gemessen, der laufende verworfen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="338"/>
        <location filename="../widgets/pareto/pareto_page.cpp" line="371"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="361"/>
        <source>Finished: %1, %2</source>
        <extracomment>%1 is &quot;N levels&quot; (the tuned path&apos;s levels), %2 is &quot;N steps rejected&quot;.</extracomment>
        <translation>Fertig: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pareto/pareto_page.cpp" line="362"/>
        <source>%n levels</source>
        <comment>the tuned path&apos;s levels</comment>
        <translation>
            <numerusform>%n Stufe</numerusform>
            <numerusform>%n Stufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pareto/pareto_page.cpp" line="363"/>
        <source>%n steps rejected</source>
        <translation>
            <numerusform>%n Schritt verworfen</numerusform>
            <numerusform>%n Schritte verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pareto/pareto_page.cpp" line="367"/>
        <source>Cancelled: the %n levels found so far are kept</source>
        <translation>
            <numerusform>Abgebrochen: Die bisher gefundene %n Stufe bleibt erhalten</numerusform>
            <numerusform>Abgebrochen: Die bisher gefundenen %n Stufen bleiben erhalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_page.cpp" line="368"/>
        <source>Cancelled before the search began</source>
        <translation>Vor Beginn der Suche abgebrochen</translation>
    </message>
</context>
<context>
    <name>dyve::ui::ParetoPlot</name>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="73"/>
        <source>Pareto front (tuning)</source>
        <translation>Pareto-Front (Tuning)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="78"/>
        <source>Pareto front (sweep)</source>
        <translation>Pareto-Front (Durchlauf)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="84"/>
        <source>rejected by the tuner</source>
        <translation>vom Tuner verworfen</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="89"/>
        <source>tuned levels (chosen)</source>
        <translation>getunte Stufen (gewählt)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="95"/>
        <source>sweep: effort levels</source>
        <translation>Durchlauf: Aufwandsstufen</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="101"/>
        <source>sweep: fixed widths</source>
        <translation>Sweep: feste Breiten</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="104"/>
        <source>dense (tuning set)</source>
        <translation>dicht (Tuning-Datensatz)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="107"/>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="405"/>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="424"/>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="425"/>
        <source>dense</source>
        <translation>dicht</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="111"/>
        <source>current effort</source>
        <translation>aktueller Aufwand</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="121"/>
        <source>top-1 accuracy (%)</source>
        <translation>Top-1-Genauigkeit (%)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="204"/>
        <source>engine time per image (ms; a sweep&apos;s median of repeated timings)</source>
        <translation>Engine-Zeit pro Bild (ms; bei einem Durchlauf der Median wiederholter Messungen)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="207"/>
        <source>images per second (1000 ÷ engine ms per image)</source>
        <translation>Bilder pro Sekunde (1000 ÷ Engine-ms pro Bild)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="211"/>
        <source>executed operations per image (millions: multiply-accumulates + effort overheads)</source>
        <translation>ausgeführte Operationen pro Bild (Millionen: Multiplikations-Additionen + Aufwands-Zusatzkosten)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="214"/>
        <source>operation reduction (dense ÷ executed, ×)</source>
        <translation>Operationsreduktion (dicht ÷ ausgeführt, ×)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="361"/>
        <source>now: e = %1</source>
        <translation>jetzt: e = %1</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="361"/>
        <source>now: e = %1 (interpolated)</source>
        <translation>jetzt: e = %1 (interpoliert)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="444"/>
        <source>sweep on %1</source>
        <translation>Durchlauf auf %1</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="445"/>
        <source>a data set</source>
        <translation>einem Datensatz</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="447"/>
        <source>tuning table on %1</source>
        <translation>Tuning-Tabelle auf %1</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="448"/>
        <source>the tuning set</source>
        <translation>dem Tuning-Datensatz</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="449"/>
        <source>No points yet: run an effort sweep or tune a profile.</source>
        <translation>Noch keine Punkte: Führen Sie einen Aufwandsdurchlauf aus oder tunen Sie ein Profil.</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="623"/>
        <source>Dense (the reference)</source>
        <translation>Dicht (die Referenz)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="623"/>
        <source>Dense, on the tuning set</source>
        <translation>Dicht, auf dem Tuning-Datensatz</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="626"/>
        <source>Sweep, effort %1</source>
        <translation>Durchlauf, Aufwand %1</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="627"/>
        <source>Tuned level, effort %1</source>
        <translation>Getunte Stufe, Aufwand %1</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="630"/>
        <source>Candidate rejected by the tuner (over the accuracy budget)</source>
        <translation>Vom Tuner verworfener Kandidat (über dem Genauigkeitsbudget)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="633"/>
        <source>Width %1 for every input (dense, its own head)</source>
        <translation>Breite %1 für jede Eingabe (dicht, mit eigenem Kopf)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="639"/>
        <source>on %1</source>
        <translation>auf %1</translation>
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
        <translation> (%1%2 Pp. gegenüber dicht)</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="651"/>
        <source>%1 M operations per image</source>
        <translation>%1 Mio. Operationen pro Bild</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="653"/>
        <source>, %1× fewer than dense</source>
        <translation>, %1× weniger als dicht</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="656"/>
        <source>%1 ms per image (engine time), %2 images/s</source>
        <translation>%1 ms pro Bild (Engine-Zeit), %2 Bilder/s</translation>
    </message>
    <message>
        <location filename="../widgets/pareto/pareto_plot.cpp" line="658"/>
        <source>on the Pareto front</source>
        <translation>auf der Pareto-Front</translation>
    </message>
</context>
<context>
    <name>dyve::ui::ParetoTableModel</name>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="80"/>
        <source>sweep</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="80"/>
        <source>tuning</source>
        <translation>Tuning</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="82"/>
        <source>dense</source>
        <translation>dicht</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="84"/>
        <source>width %1</source>
        <translation>Breite %1</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="100"/>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="101"/>
        <source>rejected</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="102"/>
        <source>front</source>
        <translation>Front</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="103"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="140"/>
        <source>Top-1 against the dense point of the same data set, percentage points</source>
        <translation>Top-1 gegenüber dem dichten Punkt desselben Datensatzes, in Prozentpunkten</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="142"/>
        <source>Executed operations per image, millions (the effort mechanisms&apos; overheads included)</source>
        <translation>Ausgeführte Operationen pro Bild, Millionen (Zusatzaufwand der Aufwandsmechanismen eingeschlossen)</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="144"/>
        <source>Dense operations ÷ executed operations</source>
        <translation>Dichte Operationen ÷ ausgeführte Operationen</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="146"/>
        <source>Engine time per image</source>
        <translation>Engine-Zeit pro Bild</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="148"/>
        <source>chosen: a level of the tuned path; rejected: a candidate over the budget; front: no other point has fewer operations and a higher top-1</source>
        <translation>gewählt: eine Stufe des getunten Pfads; verworfen: ein Kandidat über dem Budget; Front: kein anderer Punkt hat weniger Operationen und eine höhere Top-1</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="157"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="159"/>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="161"/>
        <source>Top-1 (%)</source>
        <translation>Top-1 (%)</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="163"/>
        <source>Δ (pp)</source>
        <translation>Δ (Pp.)</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="165"/>
        <source>Ops (M)</source>
        <translation>Ops (Mio.)</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="167"/>
        <source>Reduction</source>
        <translation>Reduktion</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="169"/>
        <source>ms/image</source>
        <translation>ms/Bild</translation>
    </message>
    <message>
        <location filename="../widgets/models/pareto_table_model.cpp" line="171"/>
        <source>Note</source>
        <translation>Hinweis</translation>
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
        <translation>bewertete Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/evaluation/running_accuracy_plot.cpp" line="21"/>
        <source>accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
</context>
<context>
    <name>dyve::ui::SpeedHeadline</name>
    <message>
        <location filename="../widgets/models/speed_headline.cpp" line="13"/>
        <source>median of %1, ±%2%</source>
        <translation>Median aus %1, ±%2%</translation>
    </message>
    <message>
        <location filename="../widgets/models/speed_headline.cpp" line="18"/>
        <source>%1× faster than dense (%2)</source>
        <translation>%1× schneller als dicht (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/models/speed_headline.cpp" line="21"/>
        <source>%1× — slower than dense (%2)</source>
        <translation>%1× — langsamer als dicht (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/models/speed_headline.cpp" line="23"/>
        <source>%1× — as fast as dense (%2)</source>
        <translation>%1× — so schnell wie dicht (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/models/speed_headline.cpp" line="28"/>
        <source>%1× fewer operations than dense</source>
        <translation>%1× weniger Operationen als dicht</translation>
    </message>
</context>
<context>
    <name>dyve::ui::SweepJob</name>
    <message>
        <location filename="../widgets/jobs/sweep_job.cpp" line="57"/>
        <source>its default data set</source>
        <translation>seinem Standard-Datensatz</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/sweep_job.cpp" line="58"/>
        <source>Sweeping effort of %1 on %2</source>
        <translation>Durchlaufe den Aufwand von %1 auf %2</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/sweep_job.cpp" line="83"/>
        <source>uniform mapping, calibrated on %1 images of %2</source>
        <translation>gleichförmige Zuordnung, kalibriert auf %1 Bildern von %2</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/sweep_job.cpp" line="127"/>
        <source>effort %1</source>
        <translation>Aufwand %1</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/sweep_job.cpp" line="127"/>
        <source>dense</source>
        <translation>dicht</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/sweep_job.cpp" line="128"/>
        <source>%1 (%2 of %3): %4 of %5 images, top-1 %6 %</source>
        <translation>%1 (%2 von %3): %4 von %5 Bildern, Top-1 %6 %</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/sweep_job.cpp" line="157"/>
        <source>width %1 (%2 of %3): %4 of %5 images, top-1 %6 %</source>
        <translation>Breite %1 (%2 von %3): %4 von %5 Bildern, Top-1 %6 %</translation>
    </message>
</context>
<context>
    <name>dyve::ui::TuneJob</name>
    <message>
        <location filename="../widgets/jobs/tune_job.cpp" line="35"/>
        <source>its default data set</source>
        <translation>seinem Standard-Datensatz</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/tune_job.cpp" line="36"/>
        <source>Tuning an effort profile for %1 on %2</source>
        <translation>Tune ein Aufwandsprofil für %1 auf %2</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/tune_job.cpp" line="69"/>
        <source>Reading images: %1 of %2</source>
        <translation>Lese Bilder: %1 von %2</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/tune_job.cpp" line="87"/>
        <source>Calibrating the effort layers</source>
        <translation>Kalibriere die Aufwandsschichten</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/tune_job.cpp" line="89"/>
        <source>Measuring the reference: %1</source>
        <translation>Messe die Referenz: %1</translation>
    </message>
    <message>
        <location filename="../widgets/jobs/tune_job.cpp" line="91"/>
        <source>Sensitivity of layer %1 of %2: %3</source>
        <translation>Empfindlichkeit von Schicht %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/jobs/tune_job.cpp" line="95"/>
        <source>Search: %n levels found, trying %1</source>
        <translation>
            <numerusform>Suche: %n Stufe gefunden, probiere %1</numerusform>
            <numerusform>Suche: %n Stufen gefunden, probiere %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="34"/>
        <source>Dynamic variable-effort CNN inference, live. With no arguments, the bundled model runs on the sample images.</source>
        <translation>CNN-Inferenz mit dynamisch variablem Aufwand, live. Ohne Argumente läuft das mitgelieferte Modell auf den Beispielbildern.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="40"/>
        <source>Run the frames of a camera: a device number (0), a device (/dev/video0), a GStreamer pipeline ending in appsink, or a video file.</source>
        <translation>Die Bilder einer Kamera rechnen: eine Gerätenummer (0), ein Gerät (/dev/video0), eine GStreamer-Pipeline, die auf appsink endet, oder eine Videodatei.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="46"/>
        <source>Play a video file camera as fast as the engine runs, not at its frame rate.</source>
        <translation>Eine Videodatei als Kamera so schnell abspielen, wie die Engine rechnet, nicht mit ihrer Bildrate.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="49"/>
        <source>Full-screen demo: the picture, the prediction in big type, fps and ms, one effort slider. Esc leaves.</source>
        <translation>Vollbild-Demo: das Bild, die Vorhersage in großer Schrift, fps und ms, ein Aufwandsregler. Esc beendet.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="52"/>
        <source>The model to run (else the bundled one; in the demo, the bundled one trained for runtime width).</source>
        <translation>Das zu rechnende Modell (sonst das mitgelieferte; in der Demo das mitgelieferte, für die Laufzeitbreite trainierte).</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="67"/>
        <source>Measure the time from an effort knob change to its result on screen: moves the effort level through 40 values on the model&apos;s first input and prints the median and the largest time, then exits.</source>
        <translation>Die Zeit von einer Änderung eines Aufwandsreglers bis zu ihrem Ergebnis auf dem Bildschirm messen: bewegt die Aufwandsstufe auf der ersten Eingabe des Modells durch 40 Werte, gibt den Median und die größte Zeit aus und beendet sich dann.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="73"/>
        <source>Measure the frames per second of a video file played as a camera, unpaced (every frame runs, as fast as the engine and the views go), with the heatmaps shown: --seconds dense, then --seconds at --level; prints a table and a JSON line, then exits.</source>
        <translation>Die Bilder pro Sekunde einer als Kamera abgespielten Videodatei messen, ungebremst (jedes Bild läuft, so schnell Engine und Ansichten es erlauben), mit angezeigten Heatmaps: --seconds dicht, dann --seconds bei --level; gibt eine Tabelle und eine JSON-Zeile aus und beendet sich dann.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="80"/>
        <source>With --bench-camera: the seconds per level (10).</source>
        <translation>Mit --bench-camera: die Sekunden pro Stufe (10).</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="83"/>
        <source>With --bench-camera: the effort level after the dense run, 0…1 (1, the model&apos;s tuned profile).</source>
        <translation>Mit --bench-camera: die Aufwandsstufe nach dem dichten Lauf, 0…1 (1, das getunte Profil des Modells).</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="88"/>
        <source>With --bench-camera: play the file at its own frame rate, as a camera delivers frames (those the engine cannot take are dropped), for the camera → view latency a live camera has.</source>
        <translation>Mit --bench-camera: die Datei in ihrer eigenen Bildrate abspielen, wie eine Kamera Bilder liefert (Bilder, die die Engine nicht annehmen kann, werden verworfen), für die Latenz Kamera → Ansicht einer echten Kamera.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="93"/>
        <source>Play a video file (the positional argument; else one made of the sample images) as a live camera with the heatmaps shown for --seconds (3600), logging memory, frames and latency every --interval seconds (60); exits 1 when memory or latency grew.</source>
        <translation>Eine Videodatei (das Positionsargument; sonst eine aus den Beispielbildern) als Live-Kamera mit sichtbaren Heatmaps --seconds lang abspielen (3600) und alle --interval Sekunden (60) Speicher, Bilder und Latenz protokollieren; Ende mit 1, wenn Speicher oder Latenz wuchsen.</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="99"/>
        <source>With --soak: seconds per log line (60).</source>
        <translation>Mit --soak: Sekunden pro Protokollzeile (60).</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="102"/>
        <source>With --soak: an effort profile to load (else the model&apos;s own).</source>
        <translation>Mit --soak: ein zu ladendes Aufwandsprofil (sonst das des Modells).</translation>
    </message>
    <message>
        <location filename="../app/dyve-studio/main.cpp" line="56"/>
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
