<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnalysisFigure</name>
    <message>
        <location filename="../app/render/AnalysisFigure.cpp" line="247"/>
        <location filename="../app/render/AnalysisFigure.cpp" line="260"/>
        <source>unknown view &apos;%1&apos;</source>
        <translation>unbekannte Ansicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/render/AnalysisFigure.cpp" line="230"/>
        <source>%1: unknown figure format (use .png, .svg, .pdf or .csv)</source>
        <translation>%1: unbekanntes Grafikformat (.png, .svg, .pdf oder .csv verwenden)</translation>
    </message>
    <message>
        <location filename="../app/render/AnalysisFigure.cpp" line="116"/>
        <source>group of %1 runs</source>
        <translation>Gruppe aus %1 Läufen</translation>
    </message>
    <message>
        <location filename="../app/render/AnalysisFigure.cpp" line="180"/>
        <source>view &apos;%1&apos; has nothing to show for this run</source>
        <translation>Ansicht „%1“ hat für diesen Lauf nichts zu zeigen</translation>
    </message>
    <message>
        <location filename="../app/render/AnalysisFigure.cpp" line="211"/>
        <source>view &apos;%1&apos; takes one run file (a group of runs: %2)</source>
        <translation>Ansicht „%1“ nimmt eine Laufdatei (eine Gruppe von Läufen: %2)</translation>
    </message>
    <message>
        <location filename="../app/render/AnalysisFigure.cpp" line="263"/>
        <source>%1: unknown figure format (use .png, .svg, .pdf, .csv or .tex)</source>
        <translation>%1: unbekanntes Abbildungsformat (.png, .svg, .pdf, .csv oder .tex verwenden)</translation>
    </message>
</context>
<context>
    <name>AxisTitles</name>
    <message>
        <location filename="../widgets/landscape/AxisTitles.cpp" line="12"/>
        <source>direction %1</source>
        <translation>Richtung %1</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/AxisTitles.cpp" line="23"/>
        <source>λ%1 · task vector of %2</source>
        <translation>λ%1 · Aufgabenvektor von %2</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../widgets/export/ChartExport.cpp" line="67"/>
        <source>%1: this view exports CSV from its own menu</source>
        <translation>%1: diese Ansicht exportiert CSV über ihr eigenes Menü</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../widgets/export/CsvWriter.cpp" line="76"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/export/CsvWriter.cpp" line="81"/>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>CurveGroups</name>
    <message>
        <location filename="../app/gui/CurveGroups.cpp" line="48"/>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../app/gui/CurveGroups.cpp" line="48"/>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../app/gui/CurveGroups.cpp" line="51"/>
        <source>%1 ± std</source>
        <translation>%1 ± Std.-Abw.</translation>
    </message>
    <message>
        <location filename="../app/gui/CurveGroups.cpp" line="52"/>
        <source>%1, min–max</source>
        <translation>%1, Min–Max</translation>
    </message>
    <message>
        <location filename="../app/gui/CurveGroups.cpp" line="53"/>
        <source>%1, 95% bootstrap CI</source>
        <translation>%1, 95-%-Bootstrap-KI</translation>
    </message>
    <message>
        <location filename="../app/gui/CurveGroups.cpp" line="120"/>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <location filename="../app/gui/CurveGroups.cpp" line="122"/>
        <source>interpolated</source>
        <translation>interpoliert</translation>
    </message>
</context>
<context>
    <name>CurvePresenter</name>
    <message>
        <location filename="../app/gui/CurvePresenter.cpp" line="116"/>
        <source>selected step %1</source>
        <translation>gewählter Schritt %1</translation>
    </message>
</context>
<context>
    <name>CurvesFigure</name>
    <message>
        <location filename="../app/render/CurvesFigure.cpp" line="47"/>
        <source>no run has a metric named &apos;%1&apos; (available: %2)</source>
        <translation>kein Lauf hat eine Metrik namens „%1“ (vorhanden: %2)</translation>
    </message>
    <message>
        <location filename="../app/render/CurvesFigure.cpp" line="55"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../app/render/CurvesFigure.cpp" line="56"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/render/CurvesFigure.cpp" line="63"/>
        <source>all runs</source>
        <translation>alle Läufe</translation>
    </message>
    <message>
        <location filename="../app/render/CurvesFigure.cpp" line="87"/>
        <source>%1: unknown figure format (use .png, .svg, .pdf, .csv or .tex)</source>
        <translation>%1: unbekanntes Abbildungsformat (.png, .svg, .pdf, .csv oder .tex verwenden)</translation>
    </message>
</context>
<context>
    <name>FigureComposer</name>
    <message>
        <location filename="../widgets/figure/FigureComposer.cpp" line="287"/>
        <location filename="../widgets/figure/FigureComposer.cpp" line="297"/>
        <location filename="../widgets/figure/FigureComposer.cpp" line="319"/>
        <source>The figure size is empty.</source>
        <translation>Die Abbildungsgröße ist leer.</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposer.cpp" line="289"/>
        <location filename="../widgets/figure/FigureComposer.cpp" line="308"/>
        <location filename="../widgets/figure/FigureComposer.cpp" line="311"/>
        <location filename="../widgets/figure/FigureComposer.cpp" line="331"/>
        <location filename="../widgets/figure/FigureComposer.cpp" line="335"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposer.cpp" line="302"/>
        <source>Created by TrainScope</source>
        <translation>Erstellt mit TrainScope</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposer.cpp" line="322"/>
        <source>TrainScope</source>
        <translation>TrainScope</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposer.cpp" line="328"/>
        <source>Cannot set the page size of %1.</source>
        <translation>Die Seitengröße von %1 lässt sich nicht setzen.</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposer.cpp" line="348"/>
        <source>%1: unknown figure format (use .pdf, .svg or .png)</source>
        <translation>%1: unbekanntes Abbildungsformat (.pdf, .svg oder .png verwenden)</translation>
    </message>
</context>
<context>
    <name>FigureSpec</name>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="33"/>
        <source>%1: unknown key &apos;%2&apos; (known: %3)</source>
        <translation>%1: unbekannter Schlüssel &apos;%2&apos; (bekannt: %3)</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="53"/>
        <source>%1: must be true, false, &quot;rows&quot; or &quot;columns&quot;</source>
        <translation>%1: muss true, false, &quot;rows&quot; oder &quot;columns&quot; sein</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="59"/>
        <source>%1: a panel must be an object {&quot;run&quot;: …, &quot;view&quot;: …}</source>
        <translation>%1: ein Feld muss ein Objekt {&quot;run&quot;: …, &quot;view&quot;: …} sein</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="69"/>
        <source>%1: every run must be a file path</source>
        <translation>%1: jeder Lauf muss ein Dateipfad sein</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="73"/>
        <source>%1: missing run (a run file, or a list of them)</source>
        <translation>%1: Lauf fehlt (eine Laufdatei oder eine Liste davon)</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="77"/>
        <source>%1: must be a view name</source>
        <translation>%1: muss der Name einer Ansicht sein</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="82"/>
        <source>%1: must be an object of render options</source>
        <translation>%1: muss ein Objekt aus render-Optionen sein</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="88"/>
        <source>%1: must be a string, a number or true/false</source>
        <translation>%1: muss eine Zeichenkette, eine Zahl oder true/false sein</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="92"/>
        <source>%1: must be a string</source>
        <translation>%1: muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="143"/>
        <source>not JSON: %1 at offset %2</source>
        <translation>kein JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="145"/>
        <source>the spec must be a JSON object</source>
        <translation>die Spezifikation muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="159"/>
        <source>%1: must be a string with a unit (e.g. &quot;17.8cm&quot;, &quot;85mm&quot;, &quot;3.5in&quot;, &quot;252pt&quot;)</source>
        <translation>%1: muss eine Zeichenkette mit Einheit sein (z. B. &quot;17.8cm&quot;, &quot;85mm&quot;, &quot;3.5in&quot;, &quot;252pt&quot;)</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="161"/>
        <source>%1: &apos;%2&apos; is not a length with a unit (cm, mm, in or pt)</source>
        <translation>%1: &apos;%2&apos; ist keine Länge mit Einheit (cm, mm, in oder pt)</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="167"/>
        <source>dpi: must be a whole number between 36 and 2400</source>
        <translation>dpi: muss eine ganze Zahl zwischen 36 und 2400 sein</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="172"/>
        <source>font: must be an object {&quot;family&quot;: …, &quot;size&quot;: …}</source>
        <translation>font: muss ein Objekt {&quot;family&quot;: …, &quot;size&quot;: …} sein</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="178"/>
        <source>font.family: must be a font family name</source>
        <translation>font.family: muss der Name einer Schriftfamilie sein</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="184"/>
        <source>font.size: must be a number of points between 2 and 72</source>
        <translation>font.size: muss eine Punktzahl zwischen 2 und 72 sein</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="191"/>
        <source>columns: must be a whole number between 1 and 12</source>
        <translation>columns: muss eine ganze Zahl zwischen 1 und 12 sein</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="196"/>
        <source>letters: must be true or false</source>
        <translation>letters: muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="202"/>
        <source>panels: missing (a list of at least one panel)</source>
        <translation>panels: fehlt (eine Liste mit mindestens einem Feld)</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="245"/>
        <source>%1: cannot read the file</source>
        <translation>%1: die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="259"/>
        <source>%1: cannot write the file</source>
        <translation>%1: die Datei kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>GrokkingViews</name>
    <message>
        <location filename="../app/gui/analysis/GrokkingViews.cpp" line="54"/>
        <source>Grokking: %1</source>
        <translation>Grokking: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="41"/>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="51"/>
        <source>%1 files, steps %2</source>
        <translation>%1 Dateien, Schritte %2</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="55"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="59"/>
        <source>%1 parameters in %2 tensors</source>
        <translation>%1 Parameter in %2 Tensoren</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="67"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="75"/>
        <source>TensorBoard scalars</source>
        <translation>TensorBoard-Skalare</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="79"/>
        <source>%1 (tag %2): %3 points&lt;br&gt;</source>
        <translation>%1 (Tag %2): %3 Punkte&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="84"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
</context>
<context>
    <name>InfluenceViews</name>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="24"/>
        <source>TracIn</source>
        <translation>TracIn</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="26"/>
        <source>influence function (EK-FAC)</source>
        <translation>Einflussfunktion (EK-FAC)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="28"/>
        <source>influence function (conjugate gradients)</source>
        <translation>Einflussfunktion (konjugierte Gradienten)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="30"/>
        <source>influence function (exact Hessian)</source>
        <translation>Einflussfunktion (exakte Hesse-Matrix)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="38"/>
        <source>%1: self-influence (%2)</source>
        <translation>%1: Selbsteinfluss (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="40"/>
        <source>%1: influence on %2 example %3 %4 (%5)</source>
        <translation>%1: Einfluss auf %2-Beispiel %3 %4 (%5)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="63"/>
        <source>self</source>
        <translation>selbst</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="66"/>
        <source>supports</source>
        <translation>stützt</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="68"/>
        <source>opposes</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="94"/>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="95"/>
        <source>self-influence</source>
        <translation>Selbsteinfluss</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="96"/>
        <source>influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="131"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="133"/>
        <source>self-influence up to the step</source>
        <translation>Selbsteinfluss bis zum Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="134"/>
        <source>influence up to the step</source>
        <translation>Einfluss bis zum Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="171"/>
        <source>Self-influence</source>
        <translation>Selbsteinfluss</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="172"/>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="176"/>
        <source>Influence over pairs</source>
        <translation>Einfluss über Paare</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="179"/>
        <source>Influence over checkpoints</source>
        <translation>Einfluss über Checkpoints</translation>
    </message>
</context>
<context>
    <name>InterpolationViews</name>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="86"/>
        <source>loss barrier (%1) %2 at α = %3</source>
        <translation>Verlustbarriere (%1) %2 bei α = %3</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="75"/>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="91"/>
        <source>Interpolation: loss</source>
        <translation>Interpolation: Verlust</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="71"/>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="92"/>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="106"/>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="116"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="74"/>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="93"/>
        <source>Interpolation: accuracy</source>
        <translation>Interpolation: Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="70"/>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="93"/>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="110"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="43"/>
        <source>%1: mean ± std over %2 runs</source>
        <translation>%1: Mittelwert ± Standardabweichung über %2 Läufe</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="60"/>
        <source>loss barrier (%1) %2 ± %3 (n = %4)</source>
        <translation>Verlustbarriere (%1) %2 ± %3 (n = %4)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="104"/>
        <source>Layer-wise interpolation (%1 loss; stragglers: %2)</source>
        <translation>Schichtweise Interpolation (%1-Verlust; Nachzügler: %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="107"/>
        <source>Layer-wise</source>
        <translation>Schichtweise</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="110"/>
        <source>LiNeS</source>
        <translation>LiNeS</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="110"/>
        <source>α (β = 1 − α)</source>
        <translation>α (β = 1 − α)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="111"/>
        <source>LiNeS: λ_ℓ = α + β·ℓ/(L−1)</source>
        <translation>LiNeS: λ_ℓ = α + β·ℓ/(L−1)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="115"/>
        <source>Bézier curve</source>
        <translation>Bézier-Kurve</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="117"/>
        <source>Bézier barrier %1 vs straight %2</source>
        <translation>Bézier-Barriere %1 gegenüber gerade %2</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="129"/>
        <source>Layer sharpness along the path (λ_max of each layer&apos;s Hessian block, %1)</source>
        <translation>Schichtschärfe entlang des Pfads (λ_max des Hesse-Blocks jeder Schicht, %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="132"/>
        <source>Layer sharpness</source>
        <translation>Schichtschärfe</translation>
    </message>
</context>
<context>
    <name>Landscape</name>
    <message>
        <location filename="../widgets/landscape/OffscreenLandscape.cpp" line="28"/>
        <source>image size %1x%2 is out of range (16 to 16384 pixels a side)</source>
        <translation>Bildgröße %1x%2 liegt außerhalb des zulässigen Bereichs (16 bis 16384 Pixel je Seite)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/OffscreenLandscape.cpp" line="32"/>
        <source>3-D rendering needs an X display (VTK draws through GLX); run under xvfb-run</source>
        <translation>3-D-Darstellung benötigt ein X-Display (VTK zeichnet über GLX); unter xvfb-run ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/OffscreenLandscape.cpp" line="58"/>
        <source>VTK could not read the rendered image back</source>
        <translation>VTK konnte das gerenderte Bild nicht zurücklesen</translation>
    </message>
</context>
<context>
    <name>LandscapeFigure</name>
    <message>
        <location filename="../app/render/LandscapeFigure.cpp" line="81"/>
        <source>the surface has no grid points</source>
        <translation>die Fläche hat keine Gitterpunkte</translation>
    </message>
    <message>
        <location filename="../app/render/LandscapeFigure.cpp" line="93"/>
        <source>the surface has no metric &apos;%1&apos; (it has: %2)</source>
        <translation>die Fläche hat keine Metrik &apos;%1&apos; (vorhanden: %2)</translation>
    </message>
    <message>
        <location filename="../app/render/LandscapeFigure.cpp" line="107"/>
        <source>the surface has no std map of &apos;%1&apos; (compute one with trainscope landscape --batches K)</source>
        <translation>die Fläche hat keine Std-Karte von &apos;%1&apos; (berechnen mit trainscope landscape --batches K)</translation>
    </message>
    <message>
        <location filename="../app/render/LandscapeFigure.cpp" line="141"/>
        <source>a 1-D slice has no contour map: use --view slice</source>
        <translation>ein 1-D-Schnitt hat keine Höhenlinienkarte: --view slice verwenden</translation>
    </message>
    <message>
        <location filename="../app/render/LandscapeFigure.cpp" line="150"/>
        <source>contour level &apos;%1&apos; is not a number</source>
        <translation>die Höhenlinie &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../app/render/LandscapeFigure.cpp" line="163"/>
        <source>unknown landscape view &apos;%1&apos; (available: %2)</source>
        <translation>unbekannte Landschaftsansicht &apos;%1&apos; (verfügbar: %2)</translation>
    </message>
    <message>
        <location filename="../app/render/LandscapeFigure.cpp" line="173"/>
        <source>%1: the figure&apos;s suffix must be .png, .svg, .pdf, .csv or .tex</source>
        <translation>%1: Die Endung der Abbildung muss .png, .svg, .pdf, .csv oder .tex sein</translation>
    </message>
    <message>
        <location filename="../app/render/LandscapeFigure.cpp" line="176"/>
        <source>%1: the 3-D view is written as PNG only (export the surface as .vtp for vectors)</source>
        <translation>%1: die 3-D-Ansicht wird nur als PNG geschrieben (für Vektoren die Fläche als .vtp exportieren)</translation>
    </message>
    <message>
        <location filename="../app/render/LandscapeFigure.cpp" line="181"/>
        <source>%1: cannot write the PNG file</source>
        <translation>%1: die PNG-Datei kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>LatexExport</name>
    <message>
        <location filename="../widgets/export/LatexFigures.cpp" line="220"/>
        <source>the 3-D surface</source>
        <translation>die 3-D-Oberfläche</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexFigures.cpp" line="222"/>
        <source>the pathway graph</source>
        <translation>der Pfadgraph</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexFigures.cpp" line="224"/>
        <source>LaTeX (pgfplots) export is not available for this view (%1): it is not a 2-D chart. Export it as PNG, SVG or PDF instead.</source>
        <translation>Der LaTeX-Export (pgfplots) ist für diese Ansicht (%1) nicht verfügbar: sie ist kein 2-D-Diagramm. Exportieren Sie sie stattdessen als PNG, SVG oder PDF.</translation>
    </message>
</context>
<context>
    <name>PathwayFigure</name>
    <message>
        <location filename="../app/render/PathwayFigure.cpp" line="31"/>
        <location filename="../app/render/PathwayFigure.cpp" line="75"/>
        <source>unknown view &apos;%1&apos;</source>
        <translation>unbekannte Ansicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/render/PathwayFigure.cpp" line="78"/>
        <source>%1: unknown figure format (use .png, .svg, .pdf, .csv or .tex)</source>
        <translation>%1: unbekanntes Abbildungsformat (.png, .svg, .pdf, .csv oder .tex verwenden)</translation>
    </message>
    <message>
        <location filename="../app/render/PathwayFigure.cpp" line="53"/>
        <source>no routing recorded at step &apos;%1&apos; (recorded: %2)</source>
        <translation>bei Schritt „%1“ wurde kein Routing aufgezeichnet (aufgezeichnet: %2)</translation>
    </message>
</context>
<context>
    <name>PathwayViews</name>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="70"/>
        <source>answer</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="71"/>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="75"/>
        <source>probe</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="94"/>
        <source>the %1 memorised samples (probe loss below %2 from then on)</source>
        <translation>die %1 auswendig gelernten Beispiele (Prüfverlust ab dann unter %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="98"/>
        <source>the %1 memorised samples (fitted exactly from then on)</source>
        <translation>die %1 auswendig gelernten Beispiele (ab dann exakt angepasst)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="105"/>
        <source>all samples (memorised samples unknown: %1)</source>
        <translation>alle Beispiele (auswendig gelernte Beispiele unbekannt: %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="109"/>
        <source>all %1 probe samples</source>
        <translation>alle %1 Stichprobenbeispiele</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="120"/>
        <source>D_path</source>
        <translation>D_path</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="126"/>
        <source>D_path layer %1</source>
        <translation>D_path Schicht %1</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="131"/>
        <source>consistency C</source>
        <translation>Konsistenz C</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="132"/>
        <source>mean adjacent cosine</source>
        <translation>mittlerer Kosinus benachbarter Schichten</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="133"/>
        <source>routing entropy</source>
        <translation>Routing-Entropie</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="134"/>
        <source>distinct pathways</source>
        <translation>verschiedene Pfade</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="146"/>
        <source>memorised samples</source>
        <translation>auswendig gelernte Beispiele</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="160"/>
        <source>Pathways: %1</source>
        <translation>Pfade: %1</translation>
    </message>
</context>
<context>
    <name>PgfplotsWriter</name>
    <message>
        <location filename="../widgets/export/PgfplotsWriter.cpp" line="475"/>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: Die Datei kann nicht geschrieben werden (%2)</translation>
    </message>
</context>
<context>
    <name>RunChoice</name>
    <message>
        <location filename="../app/gui/reactions/RunChoice.cpp" line="19"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../app/gui/Session.cpp" line="36"/>
        <source>%1: cannot write the session file (%2)</source>
        <translation>%1: Sitzungsdatei kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/Session.cpp" line="47"/>
        <source>%1: cannot read the session file (%2)</source>
        <translation>%1: Sitzungsdatei kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/Session.cpp" line="54"/>
        <source>%1: not a session file (%2)</source>
        <translation>%1: keine Sitzungsdatei (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/Session.cpp" line="60"/>
        <source>%1: not a TrainScope session file</source>
        <translation>%1: keine TrainScope-Sitzungsdatei</translation>
    </message>
    <message>
        <location filename="../app/gui/Session.cpp" line="65"/>
        <source>%1: session version %2 is newer than this TrainScope supports (%3)</source>
        <translation>%1: Sitzungsversion %2 ist neuer als von diesem TrainScope unterstützt (%3)</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="10"/>
        <source>Training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="11"/>
        <source>The first N of the 60,000 training images.</source>
        <translation>Die ersten N der 60.000 Trainingsbilder.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="12"/>
        <source>Test images</source>
        <translation>Testbilder</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="13"/>
        <source>The first N of the 10,000 test images.</source>
        <translation>Die ersten N der 10.000 Testbilder.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="14"/>
        <source>Normalise pixels</source>
        <translation>Pixel normieren</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="15"/>
        <source>Subtract the training mean, divide by its std.</source>
        <translation>Mittelwert der Trainingsdaten abziehen, durch ihre Standardabweichung teilen.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="16"/>
        <source>Depth (6n+2)</source>
        <translation>Tiefe (6n+2)</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="17"/>
        <source>Layers: 8, 14, 20, 32, 44, 56, ...</source>
        <translation>Schichten: 8, 14, 20, 32, 44, 56, ...</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="18"/>
        <source>Base width</source>
        <translation>Grundbreite</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="19"/>
        <source>Channels of the first stage (doubled per stage).</source>
        <translation>Kanäle der ersten Stufe (je Stufe verdoppelt).</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="20"/>
        <source>Skip connections</source>
        <translation>Skip-Verbindungen</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="21"/>
        <source>Off: Li et al.&apos;s noshort network.</source>
        <translation>Aus: das noshort-Netz von Li et al.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="22"/>
        <source>Modulus p</source>
        <translation>Modul p</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="23"/>
        <source>The modulus; division needs a prime.</source>
        <translation>Der Modul; Division braucht eine Primzahl.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="24"/>
        <source>Train fraction</source>
        <translation>Trainingsanteil</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="25"/>
        <source>Share of all pairs used for training.</source>
        <translation>Anteil aller Paare, der zum Training dient.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="26"/>
        <source>Only pairs a &lt;= b</source>
        <translation>Nur Paare a &lt;= b</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="27"/>
        <source>Keep one of (a, b) and (b, a).</source>
        <translation>Nur eines von (a, b) und (b, a) behalten.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="28"/>
        <source>Input dimension</source>
        <translation>Eingabedimension</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="29"/>
        <source>Dimension of the inputs.</source>
        <translation>Dimension der Eingaben.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="30"/>
        <source>Training points</source>
        <translation>Trainingspunkte</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="31"/>
        <source>Number of training points.</source>
        <translation>Anzahl der Trainingspunkte.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="32"/>
        <source>Test points</source>
        <translation>Testpunkte</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="33"/>
        <source>Number of clean test points.</source>
        <translation>Anzahl der sauberen Testpunkte.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="34"/>
        <source>Label-flip rate</source>
        <translation>Label-Vertauschungsrate</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="35"/>
        <source>Probability a training label is flipped.</source>
        <translation>Wahrscheinlichkeit, dass ein Trainingslabel vertauscht wird.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="36"/>
        <source>Cluster separation</source>
        <translation>Clusterabstand</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="37"/>
        <source>‖μ‖ = this · sqrt(dim / n_train).</source>
        <translation>‖μ‖ = dieser Wert · sqrt(dim / n_train).</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="38"/>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="39"/>
        <source>Input length.</source>
        <translation>Eingabelänge.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="40"/>
        <source>Relevant bits</source>
        <translation>Relevante Bits</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="41"/>
        <source>Bits whose parity is the label.</source>
        <translation>Bits, deren Parität das Label ist.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="42"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="43"/>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="44"/>
        <source>Hidden widths</source>
        <translation>Verborgene Breiten</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="45"/>
        <source>Comma-separated hidden layer widths.</source>
        <translation>Durch Komma getrennte Breiten der verborgenen Schichten.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="46"/>
        <source>Embedding size</source>
        <translation>Einbettungsgröße</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="47"/>
        <source>Token tasks only.</source>
        <translation>Nur für Token-Aufgaben.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="48"/>
        <source>Hidden width</source>
        <translation>Verborgene Breite</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="49"/>
        <source>Model width</source>
        <translation>Modellbreite</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="50"/>
        <source>Divisible by heads.</source>
        <translation>Durch die Zahl der Köpfe teilbar.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="51"/>
        <source>Heads</source>
        <translation>Köpfe</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="52"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="53"/>
        <source>MLP width</source>
        <translation>MLP-Breite</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="54"/>
        <source>Width m</source>
        <translation>Breite m</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="55"/>
        <source>Init std</source>
        <translation>Init.-Standardabweichung</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="56"/>
        <source>Experts</source>
        <translation>Experten</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="57"/>
        <source>Top k</source>
        <translation>Top k</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="58"/>
        <source>Router lr scale</source>
        <translation>Router-Lernratenfaktor</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="59"/>
        <source>Router learning rate / lr.</source>
        <translation>Lernrate des Routers / lr.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="60"/>
        <source>Balance loss</source>
        <translation>Balance-Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="61"/>
        <source>Switch load-balancing coefficient.</source>
        <translation>Koeffizient des Switch-Lastausgleichs.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="62"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="63"/>
        <source>Weight decay</source>
        <translation>Gewichtsabnahme</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="64"/>
        <source>Adam β1</source>
        <translation>Adam β1</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="65"/>
        <source>Adam β2</source>
        <translation>Adam β2</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="66"/>
        <source>SGD momentum</source>
        <translation>SGD-Momentum</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="67"/>
        <source>Warm-up steps</source>
        <translation>Aufwärmschritte</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="68"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="69"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="70"/>
        <source>0 = full batch.</source>
        <translation>0 = voller Batch.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="71"/>
        <source>Evaluate every</source>
        <translation>Auswerten alle</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="72"/>
        <source>Steps between metric evaluations.</source>
        <translation>Schritte zwischen Metrik-Auswertungen.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="73"/>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="74"/>
        <source>linear:N, log:N, every:K or steps:a,b,c.</source>
        <translation>linear:N, log:N, every:K oder steps:a,b,c.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="75"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="76"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="77"/>
        <source>a op b mod p.</source>
        <translation>a op b mod p.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="78"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="79"/>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="80"/>
        <source>Soft mixes all experts; top-k keeps k.</source>
        <translation>Soft mischt alle Experten; Top-k behält k.</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="81"/>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="82"/>
        <source>LR schedule</source>
        <translation>Lernratenplan</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="83"/>
        <source>One-cycle warm-up share</source>
        <translation>Anteil der Aufwärmphase (One-Cycle)</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="84"/>
        <source>Share of the steps spent rising (onecycle).</source>
        <translation>Anteil der Schritte, in denen die Lernrate steigt (onecycle).</translation>
    </message>
</context>
<context>
    <name>SharpnessViews</name>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="75"/>
        <source>λ_max</source>
        <translation>λ_max</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="77"/>
        <source>λ_max + residual</source>
        <translation>λ_max + Residuum</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="78"/>
        <source>λ_max − residual</source>
        <translation>λ_max − Residuum</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="34"/>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="80"/>
        <source>2 / lr</source>
        <translation>2 / lr</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="84"/>
        <source>tr H / 100</source>
        <translation>tr H / 100</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="92"/>
        <source>tr H / 100 ± standard error</source>
        <translation>tr H / 100 ± Standardfehler</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="45"/>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="99"/>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="129"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="46"/>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="100"/>
        <source>Hessian eigenvalue</source>
        <translation>Hesse-Eigenwert</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="101"/>
        <source>%1: sharpness over training (%2 Lanczos steps per point)</source>
        <translation>%1: Schärfe im Trainingsverlauf (%2 Lanczos-Schritte je Punkt)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="50"/>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="104"/>
        <source>Sharpness over training</source>
        <translation>Schärfe im Trainingsverlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="27"/>
        <source>λ_max: mean ± std over %1 runs</source>
        <translation>λ_max: Mittelwert ± Standardabweichung über %1 Läufe</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="47"/>
        <source>%1: sharpness over training, mean ± std over %2 runs</source>
        <translation>%1: Schärfe im Training, Mittelwert ± Standardabweichung über %2 Läufe</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="109"/>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="112"/>
        <source>density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="111"/>
        <source>eigenvalue</source>
        <translation>Eigenwert</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="113"/>
        <source>Hessian eigenvalue density at step %1 (SLQ, σ = %2)</source>
        <translation>Dichte der Hesse-Eigenwerte bei Schritt %1 (SLQ, σ = %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="116"/>
        <source>Eigenvalue density</source>
        <translation>Eigenwertdichte</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="128"/>
        <source>Per-layer λ_max over training</source>
        <translation>λ_max je Schicht im Trainingsverlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="130"/>
        <source>Per-layer sharpness</source>
        <translation>Schärfe je Schicht</translation>
    </message>
</context>
<context>
    <name>SkipConnectionsDemo</name>
    <message>
        <location filename="../app/gui/SkipConnectionsDemo.cpp" line="26"/>
        <source>Skip connections: training both ResNets and their landscapes</source>
        <translation>Skip-Verbindungen: beide ResNets und ihre Landschaften werden berechnet</translation>
    </message>
    <message>
        <location filename="../app/gui/SkipConnectionsDemo.cpp" line="26"/>
        <source>Skip-connections demo failed</source>
        <translation>Skip-Verbindungs-Demo fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/SkipConnectionsDemo.cpp" line="34"/>
        <source>With skip connections: test accuracy %1, %2 local minima</source>
        <translation>Mit Skip-Verbindungen: Testgenauigkeit %1, %2 lokale Minima</translation>
    </message>
    <message>
        <location filename="../app/gui/SkipConnectionsDemo.cpp" line="35"/>
        <source>Without skip connections: test accuracy %1, %2 local minima</source>
        <translation>Ohne Skip-Verbindungen: Testgenauigkeit %1, %2 lokale Minima</translation>
    </message>
    <message>
        <location filename="../app/gui/SkipConnectionsDemo.cpp" line="38"/>
        <source>%1: loss %2 to %3 on the surface, non-convex share %4 (r ≤ 0.5) / %5 (whole grid)</source>
        <translation>%1: Verlust %2 bis %3 auf der Fläche, nicht-konvexer Anteil %4 (r ≤ 0,5) / %5 (ganzes Gitter)</translation>
    </message>
    <message>
        <location filename="../app/gui/SkipConnectionsDemo.cpp" line="48"/>
        <source>Skip connections</source>
        <translation>Skip-Verbindungen</translation>
    </message>
</context>
<context>
    <name>SurfaceExport</name>
    <message>
        <location filename="../widgets/landscape/SurfaceExport.cpp" line="192"/>
        <source>%1: unknown surface format (use .vtp, .vts, .obj, .stl or .csv)</source>
        <translation>%1: unbekanntes Flächenformat (.vtp, .vts, .obj, .stl oder .csv verwenden)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/SurfaceExport.cpp" line="196"/>
        <source>the surface has no metric &apos;%1&apos;</source>
        <translation>die Fläche hat keine Metrik „%1“</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/SurfaceExport.cpp" line="223"/>
        <source>%1: STL holds triangles; a 1-D slice has none (export .vtp or .csv)</source>
        <translation>%1: STL enthält Dreiecke, ein 1-D-Schnitt hat keine (.vtp oder .csv exportieren)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/SurfaceExport.cpp" line="236"/>
        <source>%1: VTK could not write the file</source>
        <translation>%1: VTK konnte die Datei nicht schreiben</translation>
    </message>
</context>
<context>
    <name>SweepFigure</name>
    <message>
        <location filename="../app/gui/analysis/SweepViews.cpp" line="37"/>
        <source>%1 holds runs of different sweeps (%2, %3)</source>
        <translation>%1 enthält Läufe verschiedener Durchläufe (%2, %3)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SweepViews.cpp" line="48"/>
        <source>%1 holds no sweep runs (KEY=VALUE.h5)</source>
        <translation>%1 enthält keine Durchlauf-Läufe (KEY=VALUE.h5)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SweepViews.cpp" line="80"/>
        <source>%1: mean ± std over seeds (n = %2)</source>
        <translation>%1: Mittelwert ± Standardabweichung über Seeds (n = %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SweepViews.cpp" line="81"/>
        <source>%1: mean ± std over seeds (n = %2–%3)</source>
        <translation>%1: Mittelwert ± Standardabweichung über Seeds (n = %2–%3)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SweepViews.cpp" line="109"/>
        <source>∝ 1/wd (Omnigrok)</source>
        <translation>∝ 1/wd (Omnigrok)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SweepViews.cpp" line="142"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SweepViews.cpp" line="143"/>
        <source>Time to generalise against %1 (mean ± std over seeds; seeds that never reach a threshold are left out)</source>
        <translation>Zeit bis zur Generalisierung gegen %1 (Mittelwert ± Standardabweichung über Seeds; Seeds, die eine Schwelle nie erreichen, fehlen)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SweepViews.cpp" line="144"/>
        <source>Time to generalise against %1 (members that never reach a threshold are left out)</source>
        <translation>Zeit bis zur Generalisierung über %1 (Läufe ohne Erreichen einer Schwelle fehlen)</translation>
    </message>
    <message>
        <location filename="../app/render/SweepFigure.cpp" line="17"/>
        <source>%1: unknown figure format (use .png, .svg, .pdf, .csv or .tex)</source>
        <translation>%1: unbekanntes Abbildungsformat (.png, .svg, .pdf, .csv oder .tex verwenden)</translation>
    </message>
</context>
<context>
    <name>ViewFactory</name>
    <message>
        <location filename="../app/render/ViewFactory.cpp" line="48"/>
        <source>options: &apos;%1&apos; is not an option (options are named: {&quot;points&quot;: 11})</source>
        <translation>options: &apos;%1&apos; ist keine Option (Optionen haben Namen: {&quot;points&quot;: 11})</translation>
    </message>
    <message>
        <location filename="../app/render/ViewFactory.cpp" line="54"/>
        <source>view &apos;%1&apos; takes one run file, not %2</source>
        <translation>die Ansicht &apos;%1&apos; nimmt eine Laufdatei, nicht %2</translation>
    </message>
    <message>
        <location filename="../app/render/ViewFactory.cpp" line="57"/>
        <source>run &apos;%1&apos;: no such file or folder (%2)</source>
        <translation>Lauf &apos;%1&apos;: keine solche Datei und kein solcher Ordner (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/GuiMain.cpp" line="50"/>
        <source>See how neural networks train.</source>
        <translation>Sehen, wie neuronale Netze lernen.</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiMain.cpp" line="53"/>
        <source>Start training a built-in demo live.</source>
        <translation>Eine eingebaute Demo live trainieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiMain.cpp" line="55"/>
        <source>Start in presenter mode: full screen, large text, for a projector.</source>
        <translation>Im Präsentationsmodus starten: Vollbild, große Schrift, für einen Beamer.</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiMain.cpp" line="58"/>
        <source>Run files to open.</source>
        <translation>Zu öffnende Laufdateien.</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiMain.cpp" line="82"/>
        <source>Unknown demo</source>
        <translation>Unbekannte Demo</translation>
    </message>
</context>
<context>
    <name>ts::app::ChartToolBar</name>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="77"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="78"/>
        <source>Log steps</source>
        <translation>Log. Schritte</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="79"/>
        <source>Logarithmic step axis (grokking needs it)</source>
        <translation>Logarithmische Schrittachse (für Grokking nötig)</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="80"/>
        <source>Log values</source>
        <translation>Log. Werte</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="81"/>
        <source>Ignore outliers</source>
        <translation>Ausreißer ignorieren</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="82"/>
        <source>Fit the value axis to the 5th–95th percentile</source>
        <translation>Wertachse an das 5.–95. Perzentil anpassen</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="83"/>
        <source>Fix value range</source>
        <translation>Wertebereich festhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="84"/>
        <source>Keep the value axis where it is while curves grow</source>
        <translation>Die Wertachse beibehalten, während Kurven wachsen</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="85"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="86"/>
        <source> Smoothing </source>
        <translation> Glättung </translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="87"/>
        <source>Exponential moving average weight (TensorBoard&apos;s, debiased); 0 = off</source>
        <translation>Gewicht des exponentiellen gleitenden Mittels (wie TensorBoard, bias-korrigiert); 0 = aus</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="88"/>
        <source>Group seeds</source>
        <translation>Seeds gruppieren</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="89"/>
        <source>Draw runs whose settings differ only in the seed as one line with a band</source>
        <translation>Läufe, deren Einstellungen sich nur im Seed unterscheiden, als eine Linie mit Band zeichnen</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="90"/>
        <source> Groups </source>
        <translation> Gruppen </translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="91"/>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="92"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="93"/>
        <source>The line drawn for a group of runs</source>
        <translation>Die Linie, die für eine Gruppe von Läufen gezeichnet wird</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="94"/>
        <source>± std</source>
        <translation>± Std.-Abw.</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="95"/>
        <source>Min–max</source>
        <translation>Min–Max</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="96"/>
        <source>95% bootstrap CI</source>
        <translation>95-%-Bootstrap-KI</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="97"/>
        <source>No band</source>
        <translation>Kein Band</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="98"/>
        <source>The band around a group&apos;s line: sample standard deviation (n − 1), the runs&apos; range, or a 95% percentile-bootstrap interval of the line</source>
        <translation>Das Band um die Linie einer Gruppe: Stichproben-Standardabweichung (n − 1), die Spannweite der Läufe oder ein 95-%-Perzentil-Bootstrap-Intervall der Linie</translation>
    </message>
</context>
<context>
    <name>ts::app::ExportReaction</name>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="36"/>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="37"/>
        <source>Export as &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="38"/>
        <source>Export as P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="39"/>
        <source>Export Data as &amp;CSV…</source>
        <translation>Daten als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="40"/>
        <source>&amp;Copy Image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="41"/>
        <source>Export as &amp;LaTeX (pgfplots)…</source>
        <translation>Als &amp;LaTeX (pgfplots) exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="66"/>
        <source>Copied the view to the clipboard</source>
        <translation>Ansicht in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="70"/>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="106"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="90"/>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="118"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="92"/>
        <source>This view has no data to export as CSV.</source>
        <translation>Diese Ansicht hat keine Daten für einen CSV-Export.</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="95"/>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="103"/>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="120"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ts::app::FigureComposerReaction</name>
    <message>
        <location filename="../app/gui/reactions/FigureComposerReaction.cpp" line="29"/>
        <source>Compose &amp;Figure…</source>
        <translation>&amp;Abbildung zusammenstellen…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/FigureComposerReaction.cpp" line="30"/>
        <source>A figure of several panels for a paper: page size, font, panel letters, shared axes</source>
        <translation>Eine Abbildung aus mehreren Feldern für eine Veröffentlichung: Seitengröße, Schrift, Feldbuchstaben, gemeinsame Achsen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/FigureComposerReaction.cpp" line="36"/>
        <source>Compose Figure</source>
        <translation>Abbildung zusammenstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/FigureComposerReaction.cpp" line="36"/>
        <source>This build cannot draw figures.</source>
        <translation>Dieser Build kann keine Abbildungen zeichnen.</translation>
    </message>
</context>
<context>
    <name>ts::app::GrokkingReaction</name>
    <message>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="25"/>
        <source>&amp;Grokking Dashboard…</source>
        <translation>&amp;Grokking-Übersicht…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="26"/>
        <source>Memorisation and generalisation events, and progress measures over training</source>
        <translation>Auswendiglernen, Generalisierung und Fortschrittsmaße im Trainingsverlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="35"/>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="38"/>
        <source>Grokking dashboard</source>
        <translation>Grokking-Übersicht</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="35"/>
        <source>Open a run with checkpoints first.</source>
        <translation>Öffnen Sie zuerst einen Lauf mit Checkpoints.</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="76"/>
        <source>Analysing %1</source>
        <translation>Analysiere %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="76"/>
        <source>Grokking analysis failed</source>
        <translation>Grokking-Analyse fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="90"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="90"/>
        <source>no events</source>
        <translation>keine Ereignisse</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="92"/>
        <source>%1: group of %2 seeds, %3, %4, %5</source>
        <translation>%1: Gruppe aus %2 Seeds, %3, %4, %5</translation>
    </message>
</context>
<context>
    <name>ts::app::GroupRunsReaction</name>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="23"/>
        <source>Group &amp;Checked Runs…</source>
        <translation>Markierte Läufe &amp;gruppieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="24"/>
        <source>Draw the checked runs as one line (mean or median) with a band</source>
        <translation>Die markierten Läufe als eine Linie (Mittelwert oder Median) mit Band zeichnen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="26"/>
        <source>&amp;Ungroup Runs</source>
        <translation>Gruppierung &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="27"/>
        <source>Forget the groups made by hand and stop grouping seeds</source>
        <translation>Von Hand gebildete Gruppen vergessen und Seeds nicht mehr gruppieren</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="43"/>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="47"/>
        <source>Group Runs</source>
        <translation>Läufe gruppieren</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="43"/>
        <source>Check at least two runs in the Runs list to group them.</source>
        <translation>Markieren Sie mindestens zwei Läufe in der Liste „Läufe“, um sie zu gruppieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="47"/>
        <source>Name of the group:</source>
        <translation>Name der Gruppe:</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="48"/>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="57"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="59"/>
        <source>Grouped %1 runs as &apos;%2&apos;.</source>
        <translation>%1 Läufe als „%2“ gruppiert.</translation>
    </message>
</context>
<context>
    <name>ts::app::ImportReaction</name>
    <message>
        <location filename="../app/gui/reactions/ImportReaction.cpp" line="16"/>
        <source>&amp;Import Run…</source>
        <translation>Lauf &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ImportReaction.cpp" line="17"/>
        <source>A run from PyTorch checkpoints, a TorchScript model, data and TensorBoard logs</source>
        <translation>Ein Lauf aus PyTorch-Checkpoints, einem TorchScript-Modell, Daten und TensorBoard-Logs</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ImportReaction.cpp" line="38"/>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ImportReaction.cpp" line="38"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ImportReaction.cpp" line="44"/>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
</context>
<context>
    <name>ts::app::InfluenceReaction</name>
    <message>
        <location filename="../app/gui/reactions/InfluenceReaction.cpp" line="19"/>
        <source>&amp;Influence…</source>
        <translation>&amp;Einfluss…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InfluenceReaction.cpp" line="20"/>
        <source>Which training examples support or oppose a prediction (TracIn, influence functions)</source>
        <translation>Welche Trainingsbeispiele eine Vorhersage stützen oder ihr widersprechen (TracIn, Einflussfunktionen)</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InfluenceReaction.cpp" line="40"/>
        <source>Influence in %1</source>
        <translation>Einfluss in %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InfluenceReaction.cpp" line="40"/>
        <source>Influence failed</source>
        <translation>Einflussberechnung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InfluenceReaction.cpp" line="48"/>
        <source>Computed the influence of training examples in %1</source>
        <translation>Einfluss der Trainingsbeispiele in %1 berechnet</translation>
    </message>
</context>
<context>
    <name>ts::app::InterpolateReaction</name>
    <message>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="26"/>
        <source>&amp;Interpolate Checkpoints…</source>
        <translation>Checkpoints &amp;interpolieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="27"/>
        <source>Loss and accuracy along the line between two checkpoints</source>
        <translation>Verlust und Genauigkeit entlang der Geraden zwischen zwei Checkpoints</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="59"/>
        <source>Interpolation</source>
        <translation>Interpolation</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="60"/>
        <source>%1 has %2 runs in its group (the same configuration but the seed). Interpolate every run of the group and draw the mean with a ± std band?</source>
        <translation>%1 hat %2 Läufe in seiner Gruppe (gleiche Konfiguration bis auf den Seed). Jeden Lauf der Gruppe interpolieren und den Mittelwert mit einem Band ± Standardabweichung zeichnen?</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="68"/>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="91"/>
        <source>Interpolating %1</source>
        <translation>Interpoliere %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="68"/>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="91"/>
        <source>Interpolation failed</source>
        <translation>Interpolation fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="76"/>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="110"/>
        <source>Interpolated %1</source>
        <translation>%1 interpoliert</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="87"/>
        <source>group of %1 runs, %2 → %3</source>
        <translation>Gruppe aus %1 Läufen, %2 → %3</translation>
    </message>
</context>
<context>
    <name>ts::app::LandscapeReaction</name>
    <message>
        <location filename="../app/gui/reactions/LandscapeReaction.cpp" line="24"/>
        <source>Loss &amp;Landscape…</source>
        <translation>&amp;Verlustlandschaft…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/LandscapeReaction.cpp" line="25"/>
        <source>Loss and accuracy on a plane or line through a checkpoint, with the training trajectory</source>
        <translation>Verlust und Genauigkeit auf einer Ebene oder Geraden durch einen Checkpoint, mit der Trainingstrajektorie</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/LandscapeReaction.cpp" line="32"/>
        <source>Loss landscape</source>
        <translation>Verlustlandschaft</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/LandscapeReaction.cpp" line="32"/>
        <source>Open a run with checkpoints first.</source>
        <translation>Öffnen Sie zuerst einen Lauf mit Checkpoints.</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/LandscapeReaction.cpp" line="78"/>
        <source>Landscape: %1@%2</source>
        <translation>Verlustlandschaft: %1@%2</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/LandscapeReaction.cpp" line="92"/>
        <source>Computing %1</source>
        <translation>%1 wird berechnet</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/LandscapeReaction.cpp" line="92"/>
        <source>Loss landscape failed</source>
        <translation>Berechnung der Verlustlandschaft fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/LandscapeReaction.cpp" line="101"/>
        <source>Resumed and saved the landscape to %1</source>
        <translation>Berechnung fortgesetzt und Verlustlandschaft in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/LandscapeReaction.cpp" line="102"/>
        <source>Saved the landscape to %1</source>
        <translation>Verlustlandschaft in %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>ts::app::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="76"/>
        <location filename="../app/gui/MainWindow.cpp" line="282"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="76"/>
        <location filename="../app/gui/MainWindow.cpp" line="282"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="112"/>
        <source>step %1   value %2</source>
        <translation>Schritt %1   Wert %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="117"/>
        <source>Cannot open run</source>
        <translation>Lauf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="120"/>
        <source>Opened %1 (%2, %3)</source>
        <translation>%1 geöffnet (%2, %3)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="138"/>
        <source>%1 runs differ only in the seed: View → Group Seeds (Ctrl+G) draws them as one line with a band.</source>
        <translation>%1 Läufe unterscheiden sich nur im Seed: Ansicht → Seeds gruppieren (Strg+G) zeichnet sie als eine Linie mit Band.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="258"/>
        <source>About TrainScope</source>
        <translation>Über TrainScope</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="259"/>
        <source>TrainScope %1
See how neural networks train.</source>
        <translation>TrainScope %1
Sehen, wie neuronale Netze lernen.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="266"/>
        <source>TrainScope</source>
        <translation>TrainScope</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="267"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="268"/>
        <source>Recent &amp;Runs</source>
        <translation>&amp;Zuletzt geöffnete Läufe</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="269"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="270"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="271"/>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="272"/>
        <source>Training curves</source>
        <translation>Trainingskurven</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="273"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="274"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="275"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="276"/>
        <source>&amp;About TrainScope</source>
        <translation>Ü&amp;ber TrainScope</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="277"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="277"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="277"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="311"/>
        <source>Landscape: %1</source>
        <translation>Verlustlandschaft: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="312"/>
        <source>Opened the landscape %1</source>
        <translation>Verlustlandschaft %1 geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="314"/>
        <source>Cannot open landscape</source>
        <translation>Verlustlandschaft kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="329"/>
        <source>Checkpoint at step %1</source>
        <translation>Checkpoint bei Schritt %1</translation>
    </message>
</context>
<context>
    <name>ts::app::MergeReaction</name>
    <message>
        <location filename="../app/gui/reactions/MergeReaction.cpp" line="19"/>
        <source>&amp;Merge Runs…</source>
        <translation>Läufe &amp;zusammenführen…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/MergeReaction.cpp" line="21"/>
        <source>Merge checkpoints of runs with one architecture into a new run (average, task arithmetic, TIES, DARE)</source>
        <translation>Checkpoints von Läufen einer Architektur zu einem neuen Lauf zusammenführen (Mittelwert, Aufgabenarithmetik, TIES, DARE)</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/MergeReaction.cpp" line="42"/>
        <source>Merging into %1</source>
        <translation>Zusammenführen in %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/MergeReaction.cpp" line="42"/>
        <source>Merge failed</source>
        <translation>Zusammenführen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/MergeReaction.cpp" line="52"/>
        <source>%1 loss %2, accuracy %3</source>
        <translation>%1 Verlust %2, Genauigkeit %3</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/MergeReaction.cpp" line="57"/>
        <source>Merged %1 runs into %2: %3</source>
        <translation>%1 Läufe in %2 zusammengeführt: %3</translation>
    </message>
</context>
<context>
    <name>ts::app::NewTrainingReaction</name>
    <message>
        <location filename="../app/gui/reactions/NewTrainingReaction.cpp" line="22"/>
        <source>&amp;New Training Run…</source>
        <translation>&amp;Neuer Trainingslauf…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/NewTrainingReaction.cpp" line="23"/>
        <source>Train a built-in model and watch it live</source>
        <translation>Ein eingebautes Modell trainieren und live zusehen</translation>
    </message>
</context>
<context>
    <name>ts::app::OpenRunReaction</name>
    <message>
        <location filename="../app/gui/reactions/OpenRunReaction.cpp" line="19"/>
        <source>&amp;Attach to Running Run…</source>
        <translation>An laufenden Lauf &amp;anhängen…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/OpenRunReaction.cpp" line="19"/>
        <source>&amp;Open Run…</source>
        <translation>Lauf ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/OpenRunReaction.cpp" line="20"/>
        <source>Follow a run file that another program is still writing</source>
        <translation>Einer Laufdatei folgen, die ein anderes Programm noch schreibt</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/OpenRunReaction.cpp" line="21"/>
        <source>Open one or more run files</source>
        <translation>Eine oder mehrere Laufdateien öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/OpenRunReaction.cpp" line="26"/>
        <source>Attach to run</source>
        <translation>An Lauf anhängen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/OpenRunReaction.cpp" line="26"/>
        <source>Open runs</source>
        <translation>Läufe öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/OpenRunReaction.cpp" line="27"/>
        <source>Run files (*.h5 *.hdf5);;All files (*)</source>
        <translation>Laufdateien (*.h5 *.hdf5);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ts::app::PathwaysReaction</name>
    <message>
        <location filename="../app/gui/reactions/PathwaysReaction.cpp" line="22"/>
        <source>Expert &amp;Pathways…</source>
        <translation>Experten-&amp;Pfade…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PathwaysReaction.cpp" line="23"/>
        <source>How a mixture-of-experts model&apos;s routing organises itself over training</source>
        <translation>Wie sich das Routing eines Mixture-of-Experts-Modells im Training organisiert</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PathwaysReaction.cpp" line="32"/>
        <location filename="../app/gui/reactions/PathwaysReaction.cpp" line="35"/>
        <source>Expert pathways</source>
        <translation>Experten-Pfade</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PathwaysReaction.cpp" line="32"/>
        <source>Open a mixture-of-experts run first (for example the moe demo).</source>
        <translation>Zuerst einen Mixture-of-Experts-Lauf öffnen (zum Beispiel die moe-Demo).</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PathwaysReaction.cpp" line="45"/>
        <source>Pathways of %1</source>
        <translation>Pfade von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PathwaysReaction.cpp" line="45"/>
        <source>Pathway analysis failed</source>
        <translation>Pfadanalyse fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ts::app::PreferencesReaction</name>
    <message>
        <location filename="../app/gui/reactions/PreferencesReaction.cpp" line="21"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PreferencesReaction.cpp" line="26"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PreferencesReaction.cpp" line="28"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PreferencesReaction.cpp" line="33"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PreferencesReaction.cpp" line="34"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PreferencesReaction.cpp" line="40"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PreferencesReaction.cpp" line="41"/>
        <source>Theme</source>
        <translation>Erscheinungsbild</translation>
    </message>
</context>
<context>
    <name>ts::app::PresenterReaction</name>
    <message>
        <location filename="../app/gui/reactions/PresenterReaction.cpp" line="19"/>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PresenterReaction.cpp" line="20"/>
        <source>Full screen, large text and high contrast for a projector (Esc leaves)</source>
        <translation>Vollbild, große Schrift und hoher Kontrast für einen Beamer (Esc beendet)</translation>
    </message>
</context>
<context>
    <name>ts::app::ReplayReaction</name>
    <message>
        <location filename="../app/gui/reactions/ReplayReaction.cpp" line="71"/>
        <source>&amp;Replay Run</source>
        <translation>Lauf &amp;wiedergeben</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ReplayReaction.cpp" line="72"/>
        <source>Replay the open runs step by step: every open view follows one cursor</source>
        <translation>Die offenen Läufe Schritt für Schritt wiedergeben: jede offene Ansicht folgt einem Cursor</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ReplayReaction.cpp" line="73"/>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ReplayReaction.cpp" line="74"/>
        <source>Play or pause the replay</source>
        <translation>Wiedergabe starten oder anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ReplayReaction.cpp" line="91"/>
        <source>Replay: press Space to play or pause</source>
        <translation>Wiedergabe: Leertaste startet oder hält an</translation>
    </message>
</context>
<context>
    <name>ts::app::RunDocument</name>
    <message>
        <location filename="../app/gui/RunDocument.cpp" line="92"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/gui/RunDocument.cpp" line="93"/>
        <source>%1: memorised at step %2, test ≥ 50% at %3, ≥ 90% at %4</source>
        <translation>%1: auswendig gelernt bei Schritt %2, Test ≥ 50 % bei %3, ≥ 90 % bei %4</translation>
    </message>
</context>
<context>
    <name>ts::app::SessionReaction</name>
    <message>
        <location filename="../app/gui/reactions/SessionReaction.cpp" line="20"/>
        <source>&amp;Save Session…</source>
        <translation>Sitzung &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SessionReaction.cpp" line="20"/>
        <source>Open Sess&amp;ion…</source>
        <translation>S&amp;itzung öffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SessionReaction.cpp" line="25"/>
        <source>TrainScope sessions (*.tssession);;All files (*)</source>
        <translation>TrainScope-Sitzungen (*.tssession);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SessionReaction.cpp" line="28"/>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SessionReaction.cpp" line="32"/>
        <source>Cannot save the session</source>
        <translation>Sitzung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SessionReaction.cpp" line="34"/>
        <source>Saved session %1</source>
        <translation>Sitzung %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SessionReaction.cpp" line="37"/>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SessionReaction.cpp" line="42"/>
        <source>Cannot open the session</source>
        <translation>Sitzung kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>ts::app::SharpnessReaction</name>
    <message>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="25"/>
        <source>&amp;Sharpness…</source>
        <translation>&amp;Schärfe…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="26"/>
        <source>Hessian eigenvalues, trace and density of a run&apos;s checkpoints</source>
        <translation>Hesse-Eigenwerte, Spur und Dichte der Checkpoints eines Laufs</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="50"/>
        <source>Sharpness</source>
        <translation>Schärfe</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="51"/>
        <source>%1 has %2 runs in its group (the same configuration but the seed). Compute the sharpness of every run of the group and draw the mean with a ± std band?</source>
        <translation>%1 hat %2 Läufe in seiner Gruppe (gleiche Konfiguration bis auf den Seed). Die Schärfe jedes Laufs der Gruppe berechnen und den Mittelwert mit einem Band ± Standardabweichung zeichnen?</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="59"/>
        <source>group of %1 runs</source>
        <translation>Gruppe aus %1 Läufen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="60"/>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="83"/>
        <source>Sharpness of %1</source>
        <translation>Schärfe von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="60"/>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="83"/>
        <source>Sharpness failed</source>
        <translation>Schärfeberechnung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="77"/>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="94"/>
        <source>Computed the sharpness of %1</source>
        <translation>Schärfe von %1 berechnet</translation>
    </message>
</context>
<context>
    <name>ts::app::SweepReaction</name>
    <message>
        <location filename="../app/gui/reactions/SweepReaction.cpp" line="24"/>
        <source>S&amp;weep…</source>
        <translation>&amp;Durchlauf…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SweepReaction.cpp" line="25"/>
        <source>Train a demo once per value of one setting and chart the time to generalise</source>
        <translation>Eine Demo je Wert einer Einstellung trainieren und die Zeit bis zur Generalisierung zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SweepReaction.cpp" line="48"/>
        <source>Sweeping %1</source>
        <translation>Durchlauf über %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SweepReaction.cpp" line="48"/>
        <source>Sweep failed</source>
        <translation>Durchlauf fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SweepReaction.cpp" line="60"/>
        <source>Sweep</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SweepReaction.cpp" line="62"/>
        <source>Sweep chart</source>
        <translation>Durchlaufdiagramm</translation>
    </message>
</context>
<context>
    <name>ts::app::TaskProgressIndicator</name>
    <message>
        <location filename="../app/gui/TaskProgressIndicator.cpp" line="20"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ts::app::TicketsReaction</name>
    <message>
        <location filename="../app/gui/reactions/TicketsReaction.cpp" line="22"/>
        <source>Grokking &amp;Tickets…</source>
        <translation>Grokking-&amp;Tickets…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/TicketsReaction.cpp" line="23"/>
        <source>Prune a grokked run, rewind to initialisation and retrain, with controls</source>
        <translation>Einen gegrokkten Lauf beschneiden, auf die Initialisierung zurücksetzen und neu trainieren, mit Kontrollen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/TicketsReaction.cpp" line="42"/>
        <source>Training tickets of %1</source>
        <translation>Trainiere Tickets von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/TicketsReaction.cpp" line="42"/>
        <source>Tickets failed</source>
        <translation>Tickets fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/TicketsReaction.cpp" line="51"/>
        <source>%1: density %2, t90 %3</source>
        <translation>%1: Dichte %2, t90 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/TicketsReaction.cpp" line="54"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>ts::app::TrainingController</name>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="21"/>
        <source>Training paused</source>
        <translation>Training angehalten</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="21"/>
        <source>Training resumed</source>
        <translation>Training fortgesetzt</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="40"/>
        <source>Training is running</source>
        <translation>Ein Training läuft</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="40"/>
        <source>Stop the current training run before starting another.</source>
        <translation>Beenden Sie den laufenden Trainingslauf, bevor Sie einen neuen starten.</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="47"/>
        <source>Training %1</source>
        <translation>Training %1</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="49"/>
        <source>Training into %1</source>
        <translation>Training schreibt nach %1</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="57"/>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ts::app::TrainingJob</name>
    <message>
        <location filename="../app/gui/TrainingJob.cpp" line="60"/>
        <source>step %1 / %2</source>
        <translation>Schritt %1 / %2</translation>
    </message>
</context>
<context>
    <name>ts::widgets::BackgroundTask</name>
    <message>
        <location filename="../widgets/jobs/BackgroundTask.cpp" line="42"/>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
</context>
<context>
    <name>ts::widgets::BatchNormChoice</name>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="13"/>
        <source>Eval (running statistics)</source>
        <translation>Eval (laufende Statistiken)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="14"/>
        <source>Train (batch statistics)</source>
        <translation>Train (Batch-Statistiken)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="19"/>
        <source>Recompute</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="21"/>
        <source>Keep a checkpoint&apos;s</source>
        <translation>Die eines Checkpoints behalten</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="23"/>
        <source>Interpolate like the weights</source>
        <translation>Wie die Gewichte interpolieren</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="30"/>
        <source>BatchNorm mode</source>
        <translation>BatchNorm-Modus</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="31"/>
        <source>BatchNorm statistics</source>
        <translation>BatchNorm-Statistiken</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="55"/>
        <source>Each evaluation batch is normalised with its own statistics; no running statistics are used.</source>
        <translation>Jeder Auswertungs-Batch wird mit seinen eigenen Statistiken normiert; laufende Statistiken werden nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="57"/>
        <source>One pass over 2,048 training examples resets the statistics at every point (update_bn).</source>
        <translation>Ein Durchlauf über 2.048 Trainingsbeispiele setzt die Statistiken an jedem Punkt neu (update_bn).</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="59"/>
        <source>Points that are not checkpoints use a checkpoint&apos;s own statistics: the centre of a landscape, the nearer end of an interpolation (Li et al.).</source>
        <translation>Punkte, die keine Checkpoints sind, verwenden die Statistiken eines Checkpoints: des Zentrums einer Landschaft, des näheren Endes einer Interpolation (Li et al.).</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="62"/>
        <source>The statistics are interpolated between the two checkpoints like the weights.</source>
        <translation>Die Statistiken werden zwischen den beiden Checkpoints wie die Gewichte interpoliert.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="63"/>
        <source>Models without BatchNorm ignore this.</source>
        <translation>Modelle ohne BatchNorm ignorieren das.</translation>
    </message>
</context>
<context>
    <name>ts::widgets::ContourMapView</name>
    <message>
        <location filename="../widgets/landscape/ContourMapView.cpp" line="145"/>
        <source>No surface points computed yet</source>
        <translation>Noch keine Flächenpunkte berechnet</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/ContourMapView.cpp" line="146"/>
        <source>A 1-D slice has no contour map: see the slice chart</source>
        <translation>Ein 1-D-Schnitt hat keine Höhenlinienkarte: siehe Schnittdiagramm</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/ContourMapView.cpp" line="79"/>
        <location filename="../widgets/landscape/ContourMapView.cpp" line="298"/>
        <source> (log10)</source>
        <translation> (log10)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/ContourMapView.cpp" line="84"/>
        <source>, mean of %1 batches; dashed: std = %2</source>
        <translation>, Mittel über %1 Teilmengen; gestrichelt: Std = %2</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/ContourMapView.cpp" line="85"/>
        <source>, mean of %1 batches</source>
        <translation>, Mittel über %1 Teilmengen</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/ContourMapView.cpp" line="276"/>
        <source>(%1, %2): %3 = %4</source>
        <translation>(%1, %2): %3 = %4</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/ContourMapView.cpp" line="279"/>
        <source> ± %1 (std over %2 batches)</source>
        <translation> ± %1 (Std über %2 Teilmengen)</translation>
    </message>
</context>
<context>
    <name>ts::widgets::CurveChartView</name>
    <message>
        <location filename="../widgets/charts/CurveChartView.cpp" line="853"/>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/CurveChartView.cpp" line="855"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/CurveChartView.cpp" line="857"/>
        <source> [%1, %2]</source>
        <translation> [%1, %2]</translation>
    </message>
    <message>
        <location filename="../widgets/charts/CurveChartView.cpp" line="859"/>
        <source> (n = %1)</source>
        <translation> (n = %1)</translation>
    </message>
</context>
<context>
    <name>ts::widgets::ExportOptionsDialog</name>
    <message>
        <location filename="../widgets/export/ExportOptionsDialog.cpp" line="13"/>
        <source>Export options</source>
        <translation>Exportoptionen</translation>
    </message>
    <message>
        <location filename="../widgets/export/ExportOptionsDialog.cpp" line="22"/>
        <location filename="../widgets/export/ExportOptionsDialog.cpp" line="23"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../widgets/export/ExportOptionsDialog.cpp" line="24"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../widgets/export/ExportOptionsDialog.cpp" line="26"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../widgets/export/ExportOptionsDialog.cpp" line="27"/>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location filename="../widgets/export/ExportOptionsDialog.cpp" line="29"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
</context>
<context>
    <name>ts::widgets::FigureComposerDialog</name>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="53"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="54"/>
        <source>all panels of a view</source>
        <translation>alle Felder einer Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="55"/>
        <source>along each row</source>
        <translation>entlang jeder Zeile</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="56"/>
        <source>along each column</source>
        <translation>entlang jeder Spalte</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="72"/>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="416"/>
        <source>Compose Figure</source>
        <translation>Abbildung zusammenstellen</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="77"/>
        <source>Run(s)</source>
        <translation>Lauf/Läufe</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="77"/>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="77"/>
        <source>Options (as for render)</source>
        <translation>Optionen (wie bei render)</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="77"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="80"/>
        <source>One row per panel, filled row by row. Several runs (curves only): separate them with &apos;;&apos;. Options: the flags of `trainscope render`, e.g. --metrics train_acc,test_acc --logx</source>
        <translation>Eine Zeile pro Feld, zeilenweise gefüllt. Mehrere Läufe (nur Kurven): mit &apos;;&apos; trennen. Optionen: die Schalter von `trainscope render`, z. B. --metrics train_acc,test_acc --logx</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="82"/>
        <source>Add Panel</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="84"/>
        <source>Remove Panel</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="107"/>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="108"/>
        <source>Height:</source>
        <translation>Höhe:</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="112"/>
        <source>DPI (PNG):</source>
        <translation>DPI (PNG):</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="115"/>
        <source>Font:</source>
        <translation>Schrift:</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="120"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="121"/>
        <source>Font size:</source>
        <translation>Schriftgröße:</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="125"/>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="126"/>
        <source>Panel letters (a), (b), …</source>
        <translation>Feldbuchstaben (a), (b), …</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="130"/>
        <source>Shared x axis:</source>
        <translation>Gemeinsame x-Achse:</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="132"/>
        <source>Shared y axis:</source>
        <translation>Gemeinsame y-Achse:</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="146"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="147"/>
        <source>&amp;Load Spec…</source>
        <translation>Spezifikation &amp;laden…</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="148"/>
        <source>&amp;Save Spec…</source>
        <translation>Spezifikation &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="149"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="218"/>
        <source>options: &apos;%1&apos; is not an option (write --name value, or --flag)</source>
        <translation>options: &apos;%1&apos; ist keine Option (--name Wert oder --schalter schreiben)</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="266"/>
        <source>panel %1: choose a run</source>
        <translation>Feld %1: einen Lauf wählen</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="274"/>
        <source>panel %1: %2</source>
        <translation>Feld %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="281"/>
        <source>add at least one panel</source>
        <translation>mindestens ein Feld hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="372"/>
        <source>figures cannot be drawn here</source>
        <translation>Abbildungen können hier nicht gezeichnet werden</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="392"/>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="404"/>
        <source>Computing the panels…</source>
        <translation>Die Felder werden berechnet…</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="381"/>
        <source>Computing panel %1 of %2…</source>
        <translation>Feld %1 von %2 wird berechnet…</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="394"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="406"/>
        <source>Preview at %1 dpi</source>
        <translation>Vorschau mit %1 dpi</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="428"/>
        <source>Load Figure Spec</source>
        <translation>Abbildungsspezifikation laden</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="428"/>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="440"/>
        <source>Figure spec (*.json)</source>
        <translation>Abbildungsspezifikation (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="434"/>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="439"/>
        <source>Save Figure Spec</source>
        <translation>Abbildungsspezifikation speichern</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="448"/>
        <source>Saved %1; write the figure with: trainscope figure %2 --out FIG.pdf</source>
        <translation>%1 gespeichert; die Abbildung schreiben mit: trainscope figure %2 --out FIG.pdf</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="455"/>
        <source>Export Figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
</context>
<context>
    <name>ts::widgets::FigureExporter</name>
    <message>
        <location filename="../widgets/export/FigureExporter.cpp" line="142"/>
        <location filename="../widgets/export/FigureExporter.cpp" line="148"/>
        <location filename="../widgets/export/FigureExporter.cpp" line="167"/>
        <location filename="../widgets/export/FigureExporter.cpp" line="191"/>
        <source>The figure size is empty.</source>
        <translation>Die Grafikgröße ist leer.</translation>
    </message>
    <message>
        <location filename="../widgets/export/FigureExporter.cpp" line="143"/>
        <location filename="../widgets/export/FigureExporter.cpp" line="159"/>
        <location filename="../widgets/export/FigureExporter.cpp" line="162"/>
        <location filename="../widgets/export/FigureExporter.cpp" line="180"/>
        <location filename="../widgets/export/FigureExporter.cpp" line="183"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../widgets/export/FigureExporter.cpp" line="154"/>
        <source>Created by TrainScope</source>
        <translation>Erstellt mit TrainScope</translation>
    </message>
    <message>
        <location filename="../widgets/export/FigureExporter.cpp" line="170"/>
        <source>TrainScope</source>
        <translation>TrainScope</translation>
    </message>
    <message>
        <location filename="../widgets/export/FigureExporter.cpp" line="189"/>
        <source>There is no clipboard.</source>
        <translation>Es gibt keine Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>ts::widgets::GrokkingDashboard</name>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="66"/>
        <source>Weight norm</source>
        <translation>Gewichtsnorm</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="66"/>
        <source>Distance from initialisation</source>
        <translation>Abstand zur Initialisierung</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="66"/>
        <source>Gradient coherence</source>
        <translation>Gradientenkohärenz</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="67"/>
        <source>Fourier sparsity (Gini)</source>
        <translation>Fourier-Dünnbesetztheit (Gini)</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="67"/>
        <source>Restricted and excluded loss</source>
        <translation>Eingeschränkter und ausgeschlossener Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="78"/>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="322"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="195"/>
        <source>no events (the run has no accuracy metrics)</source>
        <translation>keine Ereignisse (der Lauf hat keine Genauigkeitsmetriken)</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="170"/>
        <source>memorised, not generalised</source>
        <translation>auswendig gelernt, nicht generalisiert</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="154"/>
        <source>%1 never (n = 0)</source>
        <translation>%1 nie (n = 0)</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="155"/>
        <source>%1 %2 ± %3 (n = %4)</source>
        <translation>%1 %2 ± %3 (n = %4)</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="201"/>
        <source>Group of %1 seeds (mean ± std over the runs that reach each event): %2, %3, %4</source>
        <translation>Gruppe aus %1 Seeds (Mittelwert ± Standardabweichung über die Läufe, die das Ereignis erreichen): %2, %3, %4</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="208"/>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="244"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="208"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="222"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="223"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="225"/>
        <source>restricted</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="226"/>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="243"/>
        <source>Embedding norm per Fourier frequency</source>
        <translation>Einbettungsnorm je Fourier-Frequenz</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="243"/>
        <source>Fourier analysis not applicable</source>
        <translation>Fourier-Analyse nicht anwendbar</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="244"/>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="264"/>
        <source>norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="263"/>
        <source>norm per frequency</source>
        <translation>Norm je Frequenz</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="264"/>
        <source>frequency k</source>
        <translation>Frequenz k</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="265"/>
        <source>Embedding spectrum at step %1</source>
        <translation>Einbettungsspektrum bei Schritt %1</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="300"/>
        <source>step %1: ‖θ‖ %2, ‖θ − θ₀‖ %3, coherence %4 / %5</source>
        <translation>Schritt %1: ‖θ‖ %2, ‖θ − θ₀‖ %3, Kohärenz %4 / %5</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="307"/>
        <source>, Gini %1, restricted %2, excluded %3</source>
        <translation>, Gini %1, eingeschränkt %2, ausgeschlossen %3</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="322"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
</context>
<context>
    <name>ts::widgets::HeatmapView</name>
    <message>
        <location filename="../widgets/charts/HeatmapView.cpp" line="192"/>
        <source> (log)</source>
        <translation> (log.)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/HeatmapView.cpp" line="200"/>
        <source>%1, %2 = %3: %4</source>
        <translation>%1, %2 = %3: %4</translation>
    </message>
    <message>
        <location filename="../widgets/charts/HeatmapView.cpp" line="240"/>
        <source> (log10)</source>
        <translation> (log10)</translation>
    </message>
</context>
<context>
    <name>ts::widgets::ImportDialog</name>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="96"/>
        <source>Import a run</source>
        <translation>Einen Lauf importieren</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="106"/>
        <source>a folder of .pt / .pth / .safetensors files</source>
        <translation>ein Ordner mit .pt-/.pth-/.safetensors-Dateien</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="107"/>
        <source>TorchScript model (torch.jit.save)</source>
        <translation>TorchScript-Modell (torch.jit.save)</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="108"/>
        <source>.pt, .safetensors or .npy with the splits</source>
        <translation>.pt, .safetensors oder .npy mit den Aufteilungen</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="109"/>
        <source>optional: TensorBoard log folder or event file</source>
        <translation>optional: TensorBoard-Log-Ordner oder Ereignisdatei</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="110"/>
        <source>the run file to write</source>
        <translation>die zu schreibende Laufdatei</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="117"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="119"/>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="120"/>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="133"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="141"/>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="142"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="142"/>
        <source>TorchScript (*.pt *.pth *.ts)</source>
        <translation>TorchScript (*.pt *.pth *.ts)</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="143"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="143"/>
        <source>Tensors (*.pt *.pth *.safetensors *.npy)</source>
        <translation>Tensoren (*.pt *.pth *.safetensors *.npy)</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="144"/>
        <source>TensorBoard</source>
        <translation>TensorBoard</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="145"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="146"/>
        <source>Save as</source>
        <translation>Speichern als</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="153"/>
        <location filename="../widgets/importing/ImportDialog.cpp" line="211"/>
        <source>Choose the checkpoints, the model and the data.</source>
        <translation>Checkpoints, Modell und Daten wählen.</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="220"/>
        <source>Looking at the files…</source>
        <translation>Dateien werden untersucht…</translation>
    </message>
</context>
<context>
    <name>ts::widgets::InfluenceDialog</name>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="17"/>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="23"/>
        <source>TracIn (sum over checkpoints)</source>
        <translation>TracIn (Summe über Checkpoints)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="24"/>
        <source>Influence function, EK-FAC curvature</source>
        <translation>Einflussfunktion, EK-FAC-Krümmung</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="25"/>
        <source>Influence function, conjugate gradients</source>
        <translation>Einflussfunktion, konjugierte Gradienten</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="26"/>
        <source>Influence function, exact Hessian (small models)</source>
        <translation>Einflussfunktion, exakte Hesse-Matrix (kleine Modelle)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="27"/>
        <source>For one test example</source>
        <translation>Für ein Testbeispiel</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="28"/>
        <source>Self-influence of every training example</source>
        <translation>Selbsteinfluss jedes Trainingsbeispiels</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="38"/>
        <source>exact gradients</source>
        <translation>exakte Gradienten</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="51"/>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="53"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="54"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="56"/>
        <source>Test split</source>
        <translation>Testaufteilung</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="57"/>
        <source>Test example (row)</source>
        <translation>Testbeispiel (Zeile)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="59"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="60"/>
        <source>Gradient projection (dimensions)</source>
        <translation>Gradientenprojektion (Dimensionen)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="61"/>
        <source>Damping (× mean eigenvalue)</source>
        <translation>Dämpfung (× mittlerer Eigenwert)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="62"/>
        <source>Examples listed</source>
        <translation>Aufgeführte Beispiele</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="102"/>
        <source>Open a run with checkpoints first.</source>
        <translation>Öffnen Sie zuerst einen Lauf mit Checkpoints.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="104"/>
        <source>The chosen run has no checkpoints.</source>
        <translation>Der gewählte Lauf hat keine Checkpoints.</translation>
    </message>
</context>
<context>
    <name>ts::widgets::InfluenceRanking</name>
    <message>
        <location filename="../widgets/influence/InfluenceRanking.cpp" line="37"/>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location filename="../widgets/influence/InfluenceRanking.cpp" line="37"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../widgets/influence/InfluenceRanking.cpp" line="37"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location filename="../widgets/influence/InfluenceRanking.cpp" line="37"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../widgets/influence/InfluenceRanking.cpp" line="37"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>ts::widgets::InterpolationDialog</name>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="20"/>
        <source>Interpolate checkpoints</source>
        <translation>Checkpoints interpolieren</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="47"/>
        <source>Layer-wise (one layer at a time)</source>
        <translation>Schichtweise (eine Schicht nach der anderen)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="48"/>
        <source>LiNeS sweep (β = 1 − α)</source>
        <translation>LiNeS-Durchlauf (β = 1 − α)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="49"/>
        <source>Train a Bézier curve</source>
        <translation>Eine Bézier-Kurve trainieren</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="50"/>
        <source>Layer sharpness along the path</source>
        <translation>Schichtschärfe entlang des Pfads</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="54"/>
        <source> steps</source>
        <translation> Schritte</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="59"/>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="62"/>
        <source>From run</source>
        <translation>Von Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="63"/>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="65"/>
        <source>at step</source>
        <translation>bei Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="64"/>
        <source>To run</source>
        <translation>Zu Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="66"/>
        <source>α from</source>
        <translation>α von</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="67"/>
        <source>α to</source>
        <translation>α bis</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="68"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="119"/>
        <source>Open a run with checkpoints first.</source>
        <translation>Öffnen Sie zuerst einen Lauf mit Checkpoints.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="121"/>
        <source>The chosen run has no checkpoints.</source>
        <translation>Der gewählte Lauf hat keine Checkpoints.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="123"/>
        <source>The α range is reversed or empty.</source>
        <translation>Der α-Bereich ist vertauscht oder leer.</translation>
    </message>
</context>
<context>
    <name>ts::widgets::LandscapeDialog</name>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="26"/>
        <source>Loss landscape</source>
        <translation>Verlustlandschaft</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="38"/>
        <source>Random, filter-normalised (Li et al.)</source>
        <translation>Zufällig, filterweise normalisiert (Li et al.)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="39"/>
        <source>PCA of the training trajectory</source>
        <translation>PCA der Trainingstrajektorie</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="40"/>
        <source>Line through two checkpoints</source>
        <translation>Gerade durch zwei Checkpoints</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="41"/>
        <source>Plane through three checkpoints</source>
        <translation>Ebene durch drei Checkpoints</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="42"/>
        <source>From a direction file (loss-landscape layout)</source>
        <translation>Aus einer Richtungsdatei (Format von loss-landscape)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="43"/>
        <source>Task vectors of other runs (merge landscape)</source>
        <translation>Aufgabenvektoren anderer Läufe (Merge-Landschaft)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="45"/>
        <source>Filter</source>
        <translation>Filterweise</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="46"/>
        <source>Layer</source>
        <translation>Schichtweise</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="47"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="48"/>
        <source>Include biases (normalised)</source>
        <translation>Biases einbeziehen (normalisiert)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="64"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="75"/>
        <source>1-D slice</source>
        <translation>1-D-Schnitt</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="96"/>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="100"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="102"/>
        <source>Fit the ranges to the training trajectory</source>
        <translation>Bereiche an die Trainingstrajektorie anpassen</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="105"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="106"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="109"/>
        <source>all samples</source>
        <translation>alle Beispiele</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="113"/>
        <source>one surface of all samples</source>
        <translation>eine Fläche aus allen Beispielen</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="114"/>
        <source>Compute the surface on K disjoint batches of the samples: their mean and a map of their standard deviation</source>
        <translation>Die Fläche auf K disjunkten Teilmengen der Beispiele berechnen: ihr Mittel und eine Karte ihrer Standardabweichung</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="123"/>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="126"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="127"/>
        <source>Centre checkpoint</source>
        <translation>Zentraler Checkpoint</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="128"/>
        <source>Directions</source>
        <translation>Richtungen</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="129"/>
        <source>Normalisation</source>
        <translation>Normalisierung</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="131"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="132"/>
        <source>Checkpoint A</source>
        <translation>Checkpoint A</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="133"/>
        <source>Checkpoint B</source>
        <translation>Checkpoint B</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="134"/>
        <source>Checkpoint C</source>
        <translation>Checkpoint C</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="135"/>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="167"/>
        <source>Direction file</source>
        <translation>Richtungsdatei</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="136"/>
        <source>Task run A (x = λ₁)</source>
        <translation>Aufgabenlauf A (x = λ₁)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="137"/>
        <source>Task run B (y = λ₂)</source>
        <translation>Aufgabenlauf B (y = λ₂)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="138"/>
        <source>Grid</source>
        <translation>Gitter</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="139"/>
        <source>x range</source>
        <translation>x-Bereich</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="140"/>
        <source>y range</source>
        <translation>y-Bereich</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="142"/>
        <source>Data split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="143"/>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="144"/>
        <source>Batches</source>
        <translation>Teilmengen</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="167"/>
        <source>HDF5 files (*.h5 *.hdf5)</source>
        <translation>HDF5-Dateien (*.h5 *.hdf5)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="227"/>
        <source>Open a run with checkpoints first.</source>
        <translation>Öffnen Sie zuerst einen Lauf mit Checkpoints.</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="229"/>
        <source>The run has no checkpoints yet.</source>
        <translation>Der Lauf hat noch keine Checkpoints.</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="232"/>
        <source>PCA of the trajectory needs at least three checkpoints.</source>
        <translation>Die PCA der Trajektorie benötigt mindestens drei Checkpoints.</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="234"/>
        <source>Checkpoints A and B must differ.</source>
        <translation>Die Checkpoints A und B müssen verschieden sein.</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="237"/>
        <source>Checkpoint C must differ from A and B.</source>
        <translation>Checkpoint C muss sich von A und B unterscheiden.</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="240"/>
        <source>Task vectors come from other runs than the base run: open the fine-tuned runs too.</source>
        <translation>Aufgabenvektoren stammen aus anderen Läufen als dem Basislauf: Öffnen Sie auch die feinabgestimmten Läufe.</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="242"/>
        <source>Task runs A and B must differ.</source>
        <translation>Die Aufgabenläufe A und B müssen sich unterscheiden.</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="244"/>
        <source>Choose an existing direction file.</source>
        <translation>Wählen Sie eine vorhandene Richtungsdatei.</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="248"/>
        <source>The x range is empty: its start must be below its end.</source>
        <translation>Der x-Bereich ist leer: Sein Anfang muss kleiner als sein Ende sein.</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="250"/>
        <source>The y range is empty: its start must be below its end.</source>
        <translation>Der y-Bereich ist leer: Sein Anfang muss kleiner als sein Ende sein.</translation>
    </message>
</context>
<context>
    <name>ts::widgets::LandscapePanel</name>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="45"/>
        <source>The 3-D view needs OpenGL, which this display does not offer.</source>
        <translation>Die 3-D-Ansicht benötigt OpenGL, das diese Anzeige nicht bietet.</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="54"/>
        <source>The value drawn as height and colour</source>
        <translation>Der als Höhe und Farbe dargestellte Wert</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="55"/>
        <source>Log scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="56"/>
        <source>Clip z at</source>
        <translation>z begrenzen bei</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="62"/>
        <source>Wireframe</source>
        <translation>Drahtgitter</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="63"/>
        <source>Show std</source>
        <translation>Std anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="66"/>
        <source>contour levels, e.g. 0.5, 1, 2 (empty: automatic)</source>
        <translation>Höhenlinienwerte, z. B. 0.5, 1, 2 (leer: automatisch)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="67"/>
        <source>Reset camera</source>
        <translation>Kamera zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="69"/>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="396"/>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="421"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="73"/>
        <source>3-D view as PNG…</source>
        <translation>3-D-Ansicht als PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="73"/>
        <source>Contour map as PNG/SVG/PDF…</source>
        <translation>Höhenlinienkarte als PNG/SVG/PDF…</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="74"/>
        <source>Slice as PNG/SVG/PDF…</source>
        <translation>Schnitt als PNG/SVG/PDF…</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="74"/>
        <source>Surface as VTP/VTS/OBJ/STL/CSV…</source>
        <translation>Fläche als VTP/VTS/OBJ/STL/CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="75"/>
        <source>Grid as CSV…</source>
        <translation>Gitter als CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="75"/>
        <source>Slice as CSV…</source>
        <translation>Schnitt als CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="124"/>
        <source>Contour levels must be numbers separated by commas</source>
        <translation>Höhenlinienwerte müssen durch Kommas getrennte Zahlen sein</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="165"/>
        <source>%1 × %2 grid, %3 of %4 points computed</source>
        <translation>%1 × %2-Gitter, %3 von %4 Punkten berechnet</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="184"/>
        <source>%1 of %2 points computed</source>
        <translation>%1 von %2 Punkten berechnet</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="218"/>
        <source>Dashed iso-lines of the standard deviation over the %1 batches the surface was computed on</source>
        <translation>Gestrichelte Höhenlinien der Standardabweichung über die %1 Teilmengen, auf denen die Fläche berechnet wurde</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="221"/>
        <source>Needs a surface computed over several batches (trainscope landscape --batches K)</source>
        <translation>Braucht eine über mehrere Teilmengen berechnete Fläche (trainscope landscape --batches K)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="318"/>
        <source>x = %1</source>
        <translation>x = %1</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="320"/>
        <source>, y = %1</source>
        <translation>, y = %1</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="321"/>
        <source>: %1 = %2</source>
        <translation>: %1 = %2</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="325"/>
        <source> ± %1 (std over %2 batches)</source>
        <translation> ± %1 (Std über %2 Teilmengen)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="337"/>
        <source>checkpoint at step %1: (%2, %3), loss %4, %5 from the plane</source>
        <translation>Checkpoint bei Schritt %1: (%2, %3), Verlust %4, Abstand zur Ebene %5</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="353"/>
        <source>%1: cannot write the PNG file</source>
        <translation>%1: PNG-Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="373"/>
        <source>%1: figures are written as .png, .svg or .pdf</source>
        <translation>%1: Grafiken werden als .png, .svg oder .pdf geschrieben</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="386"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="388"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="390"/>
        <source>VTK polydata (*.vtp);;VTK structured grid (*.vts);;Wavefront OBJ (*.obj);;STL mesh (*.stl);;CSV grid (*.csv)</source>
        <translation>VTK-Polydaten (*.vtp);;Strukturiertes VTK-Gitter (*.vts);;Wavefront OBJ (*.obj);;STL-Dreiecksnetz (*.stl);;CSV-Gitter (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="393"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="423"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>ts::widgets::LatexExportDialog</name>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="14"/>
        <source>LaTeX export options</source>
        <translation>Optionen für den LaTeX-Export</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="21"/>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="29"/>
        <source>Standalone document (compiles with pdflatex)</source>
        <translation>Eigenständiges Dokument (mit pdflatex übersetzbar)</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="30"/>
        <source>tikzpicture to \input into a paper</source>
        <translation>tikzpicture zum Einbinden mit \input in einen Artikel</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="33"/>
        <source>Inline in the .tex file</source>
        <translation>In der .tex-Datei</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="34"/>
        <source>In .dat files beside the .tex file</source>
        <translation>In .dat-Dateien neben der .tex-Datei</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="37"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="38"/>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="39"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="40"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>ts::widgets::LogView</name>
    <message>
        <location filename="../widgets/log/LogView.cpp" line="19"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../widgets/log/LogView.cpp" line="20"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../widgets/log/LogView.cpp" line="21"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ts::widgets::MergeDialog</name>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="24"/>
        <source>Merge runs</source>
        <translation>Läufe zusammenführen</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="41"/>
        <source>Weighted average</source>
        <translation>Gewichteter Mittelwert</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="42"/>
        <source>Task arithmetic (θ₀ + λ Σ τᵢ)</source>
        <translation>Aufgabenarithmetik (θ₀ + λ Σ τᵢ)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="43"/>
        <source>TIES (trim, elect sign, disjoint merge)</source>
        <translation>TIES (Kürzen, Vorzeichenwahl, disjunktes Zusammenführen)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="44"/>
        <source>DARE (drop and rescale)</source>
        <translation>DARE (Verwerfen und Reskalieren)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="63"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="72"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="75"/>
        <source>Runs (last checkpoints)</source>
        <translation>Läufe (letzte Checkpoints)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="76"/>
        <source>Base run θ₀</source>
        <translation>Basislauf θ₀</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="77"/>
        <source>Base checkpoint</source>
        <translation>Basis-Checkpoint</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="78"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="79"/>
        <source>Scale λ</source>
        <translation>Skalierung λ</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="80"/>
        <source>TIES: fraction kept</source>
        <translation>TIES: behaltener Anteil</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="81"/>
        <source>DARE: drop probability</source>
        <translation>DARE: Verwerfungswahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="82"/>
        <source>DARE: seed</source>
        <translation>DARE: Startwert</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="83"/>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="96"/>
        <source>Merged run file</source>
        <translation>Datei des zusammengeführten Laufs</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="96"/>
        <source>Run files (*.h5)</source>
        <translation>Laufdateien (*.h5)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="135"/>
        <source>Open at least two runs of one architecture first.</source>
        <translation>Öffnen Sie zuerst mindestens zwei Läufe derselben Architektur.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="137"/>
        <source>Choose at least two runs to merge.</source>
        <translation>Wählen Sie mindestens zwei Läufe zum Zusammenführen.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="139"/>
        <source>The base run has no checkpoints.</source>
        <translation>Der Basislauf hat keine Checkpoints.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="141"/>
        <source>Choose where to write the merged run.</source>
        <translation>Wählen Sie, wohin der zusammengeführte Lauf geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="145"/>
        <source>The merged run must not overwrite an open run.</source>
        <translation>Der zusammengeführte Lauf darf keinen geöffneten Lauf überschreiben.</translation>
    </message>
</context>
<context>
    <name>ts::widgets::PathwayDashboard</name>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="66"/>
        <source>All samples</source>
        <translation>Alle Beispiele</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="66"/>
        <source>Memorised</source>
        <translation>Auswendig gelernt</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="66"/>
        <source>Not memorised</source>
        <translation>Nicht auswendig gelernt</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="69"/>
        <source>Specialisation</source>
        <translation>Spezialisierung</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="69"/>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="72"/>
        <source>Search id, label or pathway</source>
        <translation>Nach ID, Label oder Pfad suchen</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="81"/>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="82"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="83"/>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="84"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="96"/>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="247"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="105"/>
        <source>Hide edges used by fewer samples than this</source>
        <translation>Kanten ausblenden, die von weniger Beispielen genutzt werden</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="110"/>
        <source>Min. edge samples</source>
        <translation>Min. Beispiele je Kante</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="136"/>
        <source>Train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="136"/>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="137"/>
        <source>Pathway distance D_path</source>
        <translation>Pfaddistanz D_path</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="137"/>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="386"/>
        <source>Consistency and adjacent cosine</source>
        <translation>Konsistenz und Kosinus benachbarter Schichten</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="138"/>
        <source>Routing entropy (nats)</source>
        <translation>Routing-Entropie (nats)</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="138"/>
        <source>Distinct pathways</source>
        <translation>Verschiedene Pfade</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="145"/>
        <source>Metrics over training</source>
        <translation>Metriken im Trainingsverlauf</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="148"/>
        <source>Distance matrix</source>
        <translation>Distanzmatrix</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="196"/>
        <source>All splits</source>
        <translation>Alle Aufteilungen</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="200"/>
        <source>All labels</source>
        <translation>Alle Labels</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="247"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="334"/>
        <source>%n sample(s) in the graph</source>
        <translation>
            <numerusform>%n Beispiel im Graphen</numerusform>
            <numerusform>%n Beispiele im Graphen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="335"/>
        <source>Metrics: %1</source>
        <translation>Metriken: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="342"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="379"/>
        <source>train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="380"/>
        <source>test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="387"/>
        <source>Adjacent cosine</source>
        <translation>Kosinus benachbarter Schichten</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="389"/>
        <source>Consistency is undefined: %1</source>
        <translation>Konsistenz ist nicht definiert: %1</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="418"/>
        <source>Pathway distance at step %1 (%2 samples, clustered order)</source>
        <translation>Pfaddistanz bei Schritt %1 (%2 Beispiele, nach Clustern geordnet)</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="421"/>
        <source>sample (clustered order)</source>
        <translation>Beispiel (nach Clustern geordnet)</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="421"/>
        <source>D_path</source>
        <translation>D_path</translation>
    </message>
</context>
<context>
    <name>ts::widgets::PathwayGraphView</name>
    <message>
        <location filename="../widgets/pathways/PathwayGraphView.cpp" line="188"/>
        <source>Layer %1, expert %2: %3 of %4 samples (%5%)</source>
        <translation>Schicht %1, Experte %2: %3 von %4 Beispielen (%5 %)</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayGraphView.cpp" line="195"/>
        <source>mostly %1 %2 (%3% of them)</source>
        <translation>überwiegend %1 %2 (%3 % davon)</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayGraphView.cpp" line="196"/>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayGraphView.cpp" line="221"/>
        <source>No routing to show</source>
        <translation>Kein Routing anzuzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayGraphView.cpp" line="272"/>
        <location filename="../widgets/pathways/PathwayGraphView.cpp" line="276"/>
        <source>Layer %1</source>
        <translation>Schicht %1</translation>
    </message>
</context>
<context>
    <name>ts::widgets::RunBrowser</name>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="99"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="52"/>
        <source>Close run</source>
        <translation>Lauf schließen</translation>
    </message>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="59"/>
        <source>Filter runs by name, task or model</source>
        <translation>Läufe nach Name, Aufgabe oder Modell filtern</translation>
    </message>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="60"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="60"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="60"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="60"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="60"/>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runs/RunBrowser.cpp" line="94"/>
        <source>%n parameters</source>
        <translation>
            <numerusform>%n Parameter</numerusform>
            <numerusform>%n Parameter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="95"/>
        <source>Metrics: %1</source>
        <translation>Metriken: %1</translation>
    </message>
</context>
<context>
    <name>ts::widgets::SharpnessDialog</name>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="16"/>
        <source>Sharpness</source>
        <translation>Schärfe</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="32"/>
        <source>Hutchinson trace</source>
        <translation>Hutchinson-Spur</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="33"/>
        <source>Eigenvalue density (last checkpoint)</source>
        <translation>Eigenwertdichte (letzter Checkpoint)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="34"/>
        <source>Per layer</source>
        <translation>Je Schicht</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="39"/>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="41"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="42"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="43"/>
        <source>Every k-th checkpoint</source>
        <translation>Jeder k-te Checkpoint</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="44"/>
        <source>Top eigenvalues</source>
        <translation>Größte Eigenwerte</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="45"/>
        <source>Power iterations</source>
        <translation>Potenziterationen</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="65"/>
        <source>All (over training)</source>
        <translation>Alle (Trainingsverlauf)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="79"/>
        <source>Open a run with checkpoints first.</source>
        <translation>Öffnen Sie zuerst einen Lauf mit Checkpoints.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="81"/>
        <source>The chosen run has no checkpoints.</source>
        <translation>Der gewählte Lauf hat keine Checkpoints.</translation>
    </message>
</context>
<context>
    <name>ts::widgets::SliceChartView</name>
    <message>
        <location filename="../widgets/landscape/SliceChartView.cpp" line="85"/>
        <source> along %1 at y = %2</source>
        <translation> entlang %1 bei y = %2</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/SliceChartView.cpp" line="144"/>
        <source>checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
</context>
<context>
    <name>ts::widgets::Surface3DView</name>
    <message>
        <location filename="../widgets/landscape/Surface3DView.cpp" line="129"/>
        <source>%1: cannot write the PNG file</source>
        <translation>%1: PNG-Datei kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ts::widgets::SweepDialog</name>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="17"/>
        <source>Sweep</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="27"/>
        <source>the demo&apos;s seed</source>
        <translation>der Seed der Demo</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="28"/>
        <source>Several seeds, e.g. 1,2,3: every value is trained once per seed and drawn as mean ± std over the seeds</source>
        <translation>Mehrere Seeds, z. B. 1,2,3: jeder Wert wird einmal pro Seed trainiert und als Mittelwert ± Standardabweichung über die Seeds gezeichnet</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="31"/>
        <source>the demo&apos;s</source>
        <translation>wie die Demo</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="37"/>
        <source>Run sweep</source>
        <translation>Durchlauf starten</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="39"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="40"/>
        <source>Vary</source>
        <translation>Variieren</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="41"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="42"/>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="43"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="44"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="86"/>
        <source>Give at least one value.</source>
        <translation>Geben Sie mindestens einen Wert an.</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="90"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="95"/>
        <source>Seeds are whole numbers ≥ 0, not &apos;%1&apos;</source>
        <translation>Seeds sind ganze Zahlen ≥ 0, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="98"/>
        <source>A sweep of the seed takes no further seeds.</source>
        <translation>Ein Sweep über den Seed nimmt keine weiteren Seeds.</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="100"/>
        <source>Choose a folder for the runs.</source>
        <translation>Wählen Sie einen Ordner für die Läufe.</translation>
    </message>
</context>
<context>
    <name>ts::widgets::TicketsDialog</name>
    <message>
        <location filename="../widgets/grokking/TicketsDialog.cpp" line="16"/>
        <source>Grokking tickets</source>
        <translation>Grokking-Tickets</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/TicketsDialog.cpp" line="25"/>
        <source>Also train the controls (mask at memorisation, random mask)</source>
        <translation>Auch die Kontrollen trainieren (Maske beim Auswendiglernen, zufällige Maske)</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/TicketsDialog.cpp" line="27"/>
        <source>Prunes the last checkpoint by |w| (one global threshold), rewinds the kept weights to initialisation and retrains with the run&apos;s settings.</source>
        <translation>Beschneidet den letzten Checkpoint nach |w| (eine globale Schwelle), setzt die behaltenen Gewichte auf die Initialisierung zurück und trainiert mit den Einstellungen des Laufs neu.</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/TicketsDialog.cpp" line="32"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/TicketsDialog.cpp" line="35"/>
        <source>Dense run</source>
        <translation>Dichter Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/TicketsDialog.cpp" line="36"/>
        <source>Fraction kept</source>
        <translation>Behaltener Anteil</translation>
    </message>
</context>
<context>
    <name>ts::widgets::TrainingProgressPanel</name>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="59"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="59"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="60"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="61"/>
        <source>Pace &amp;limit</source>
        <translation>&amp;Tempolimit</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="62"/>
        <source> steps/s</source>
        <translation> Schritte/s</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="63"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="64"/>
        <source>For demos: train at most this many steps per second, so that an audience can follow the curves. The run is the same, only slower.</source>
        <translation>Für Vorführungen: höchstens so viele Schritte pro Sekunde trainieren, damit ein Publikum den Kurven folgen kann. Der Lauf ist derselbe, nur langsamer.</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="67"/>
        <source>Training %1</source>
        <translation>Training %1</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="69"/>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="113"/>
        <source>No training running</source>
        <translation>Kein Training aktiv</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="101"/>
        <source>ETA %1 min %2 s</source>
        <translation>Restzeit %1 min %2 s</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="101"/>
        <source>ETA %1 s</source>
        <translation>Restzeit %1 s</translation>
    </message>
</context>
<context>
    <name>ts::widgets::TrainingRunDialog</name>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="46"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="47"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="48"/>
        <source>use true or false</source>
        <translation>true oder false verwenden</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="49"/>
        <source>&apos;%1&apos; is not one of the choices</source>
        <translation>„%1“ ist keine der Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="50"/>
        <source>use comma-separated whole numbers, e.g. 128,64</source>
        <translation>durch Komma getrennte ganze Zahlen verwenden, z. B. 128,64</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="51"/>
        <source>every width must be positive</source>
        <translation>jede Breite muss positiv sein</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="52"/>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="53"/>
        <source>must be greater than %1</source>
        <translation>muss größer als %1 sein</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="54"/>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="55"/>
        <source>must be less than %1</source>
        <translation>muss kleiner als %1 sein</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="63"/>
        <source>New training run</source>
        <translation>Neuer Trainingslauf</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="67"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="69"/>
        <source>Demo: %1</source>
        <translation>Demo: %1</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="85"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="94"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="97"/>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="98"/>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="179"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="99"/>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="179"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="104"/>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="113"/>
        <source>Run file</source>
        <translation>Laufdatei</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="113"/>
        <source>Run files (*.h5)</source>
        <translation>Laufdateien (*.h5)</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="179"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
</context>
<context>
    <name>ts::widgets::TransportBar</name>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="86"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="86"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="88"/>
        <source>Play or pause the replay (Space)</source>
        <translation>Wiedergabe starten oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="89"/>
        <source>Back to the previous logged step</source>
        <translation>Zurück zum vorigen protokollierten Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="90"/>
        <source>On to the next logged step</source>
        <translation>Weiter zum nächsten protokollierten Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="91"/>
        <source>&amp;Speed</source>
        <translation>&amp;Tempo</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="92"/>
        <source>1× replays the whole run in %1 seconds</source>
        <translation>1× gibt den ganzen Lauf in %1 Sekunden wieder</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="94"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="95"/>
        <source>Drag to move the replay to any step</source>
        <translation>Ziehen, um die Wiedergabe zu einem beliebigen Schritt zu bewegen</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="96"/>
        <source>End the replay and show the whole run again</source>
        <translation>Wiedergabe beenden und wieder den ganzen Lauf zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="98"/>
        <source>Jump to %1</source>
        <translation>Zu %1 springen</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="261"/>
        <source>step %1 / %2</source>
        <translation>Schritt %1 / %2</translation>
    </message>
</context>
</TS>
