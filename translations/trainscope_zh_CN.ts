<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalysisFigure</name>
    <message>
        <location filename="../app/render/AnalysisFigure.cpp" line="247"/>
        <location filename="../app/render/AnalysisFigure.cpp" line="260"/>
        <source>unknown view &apos;%1&apos;</source>
        <translation>未知视图“%1”</translation>
    </message>
    <message>
        <location filename="../app/render/AnalysisFigure.cpp" line="230"/>
        <source>%1: unknown figure format (use .png, .svg, .pdf or .csv)</source>
        <translation>%1：未知的图像格式（请使用 .png、.svg、.pdf 或 .csv）</translation>
    </message>
    <message>
        <location filename="../app/render/AnalysisFigure.cpp" line="116"/>
        <source>group of %1 runs</source>
        <translation>%1 次运行的组</translation>
    </message>
    <message>
        <location filename="../app/render/AnalysisFigure.cpp" line="180"/>
        <source>view &apos;%1&apos; has nothing to show for this run</source>
        <translation>视图“%1”对此运行没有可显示的内容</translation>
    </message>
    <message>
        <location filename="../app/render/AnalysisFigure.cpp" line="211"/>
        <source>view &apos;%1&apos; takes one run file (a group of runs: %2)</source>
        <translation>视图“%1”只接受一个运行文件（一组运行：%2）</translation>
    </message>
    <message>
        <location filename="../app/render/AnalysisFigure.cpp" line="263"/>
        <source>%1: unknown figure format (use .png, .svg, .pdf, .csv or .tex)</source>
        <translation>%1：未知的图形格式（请使用 .png、.svg、.pdf、.csv 或 .tex）</translation>
    </message>
</context>
<context>
    <name>AxisTitles</name>
    <message>
        <location filename="../widgets/landscape/AxisTitles.cpp" line="12"/>
        <source>direction %1</source>
        <translation>方向 %1</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/AxisTitles.cpp" line="23"/>
        <source>λ%1 · task vector of %2</source>
        <translation>λ%1 · %2 的任务向量</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../widgets/export/ChartExport.cpp" line="67"/>
        <source>%1: this view exports CSV from its own menu</source>
        <translation>%1：此视图需通过自己的菜单导出 CSV</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../widgets/export/CsvWriter.cpp" line="76"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/export/CsvWriter.cpp" line="81"/>
        <source>Writing %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>CurveGroups</name>
    <message>
        <location filename="../app/gui/CurveGroups.cpp" line="48"/>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../app/gui/CurveGroups.cpp" line="48"/>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../app/gui/CurveGroups.cpp" line="51"/>
        <source>%1 ± std</source>
        <translation>%1 ± 标准差</translation>
    </message>
    <message>
        <location filename="../app/gui/CurveGroups.cpp" line="52"/>
        <source>%1, min–max</source>
        <translation>%1，最小–最大</translation>
    </message>
    <message>
        <location filename="../app/gui/CurveGroups.cpp" line="53"/>
        <source>%1, 95% bootstrap CI</source>
        <translation>%1，95% 自助法置信区间</translation>
    </message>
    <message>
        <location filename="../app/gui/CurveGroups.cpp" line="120"/>
        <source>%1 runs</source>
        <translation>%1 次运行</translation>
    </message>
    <message>
        <location filename="../app/gui/CurveGroups.cpp" line="122"/>
        <source>interpolated</source>
        <translation>已插值</translation>
    </message>
</context>
<context>
    <name>CurvePresenter</name>
    <message>
        <location filename="../app/gui/CurvePresenter.cpp" line="116"/>
        <source>selected step %1</source>
        <translation>选中的步数 %1</translation>
    </message>
</context>
<context>
    <name>CurvesFigure</name>
    <message>
        <location filename="../app/render/CurvesFigure.cpp" line="47"/>
        <source>no run has a metric named &apos;%1&apos; (available: %2)</source>
        <translation>没有运行包含名为“%1”的指标（可用：%2）</translation>
    </message>
    <message>
        <location filename="../app/render/CurvesFigure.cpp" line="55"/>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../app/render/CurvesFigure.cpp" line="56"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../app/render/CurvesFigure.cpp" line="63"/>
        <source>all runs</source>
        <translation>所有运行</translation>
    </message>
    <message>
        <location filename="../app/render/CurvesFigure.cpp" line="87"/>
        <source>%1: unknown figure format (use .png, .svg, .pdf, .csv or .tex)</source>
        <translation>%1：未知的图形格式（请使用 .png、.svg、.pdf、.csv 或 .tex）</translation>
    </message>
</context>
<context>
    <name>FigureComposer</name>
    <message>
        <location filename="../widgets/figure/FigureComposer.cpp" line="287"/>
        <location filename="../widgets/figure/FigureComposer.cpp" line="297"/>
        <location filename="../widgets/figure/FigureComposer.cpp" line="319"/>
        <source>The figure size is empty.</source>
        <translation>图的尺寸为空。</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposer.cpp" line="289"/>
        <location filename="../widgets/figure/FigureComposer.cpp" line="308"/>
        <location filename="../widgets/figure/FigureComposer.cpp" line="311"/>
        <location filename="../widgets/figure/FigureComposer.cpp" line="331"/>
        <location filename="../widgets/figure/FigureComposer.cpp" line="335"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposer.cpp" line="302"/>
        <source>Created by TrainScope</source>
        <translation>由 TrainScope 创建</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposer.cpp" line="322"/>
        <source>TrainScope</source>
        <translation>TrainScope</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposer.cpp" line="328"/>
        <source>Cannot set the page size of %1.</source>
        <translation>无法设置 %1 的页面尺寸。</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposer.cpp" line="348"/>
        <source>%1: unknown figure format (use .pdf, .svg or .png)</source>
        <translation>%1：未知的图格式（请使用 .pdf、.svg 或 .png）</translation>
    </message>
</context>
<context>
    <name>FigureSpec</name>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="33"/>
        <source>%1: unknown key &apos;%2&apos; (known: %3)</source>
        <translation>%1：未知的键 &apos;%2&apos;（已知：%3）</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="53"/>
        <source>%1: must be true, false, &quot;rows&quot; or &quot;columns&quot;</source>
        <translation>%1：必须是 true、false、&quot;rows&quot; 或 &quot;columns&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="59"/>
        <source>%1: a panel must be an object {&quot;run&quot;: …, &quot;view&quot;: …}</source>
        <translation>%1：面板必须是对象 {&quot;run&quot;: …, &quot;view&quot;: …}</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="69"/>
        <source>%1: every run must be a file path</source>
        <translation>%1：每个运行都必须是文件路径</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="73"/>
        <source>%1: missing run (a run file, or a list of them)</source>
        <translation>%1：缺少运行（一个运行文件或其列表）</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="77"/>
        <source>%1: must be a view name</source>
        <translation>%1：必须是视图名称</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="82"/>
        <source>%1: must be an object of render options</source>
        <translation>%1：必须是 render 选项的对象</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="88"/>
        <source>%1: must be a string, a number or true/false</source>
        <translation>%1：必须是字符串、数字或 true/false</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="92"/>
        <source>%1: must be a string</source>
        <translation>%1：必须是字符串</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="143"/>
        <source>not JSON: %1 at offset %2</source>
        <translation>不是 JSON：%1，位于偏移 %2</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="145"/>
        <source>the spec must be a JSON object</source>
        <translation>规格必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="159"/>
        <source>%1: must be a string with a unit (e.g. &quot;17.8cm&quot;, &quot;85mm&quot;, &quot;3.5in&quot;, &quot;252pt&quot;)</source>
        <translation>%1：必须是带单位的字符串（例如 &quot;17.8cm&quot;、&quot;85mm&quot;、&quot;3.5in&quot;、&quot;252pt&quot;）</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="161"/>
        <source>%1: &apos;%2&apos; is not a length with a unit (cm, mm, in or pt)</source>
        <translation>%1：&apos;%2&apos; 不是带单位的长度（cm、mm、in 或 pt）</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="167"/>
        <source>dpi: must be a whole number between 36 and 2400</source>
        <translation>dpi：必须是 36 到 2400 之间的整数</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="172"/>
        <source>font: must be an object {&quot;family&quot;: …, &quot;size&quot;: …}</source>
        <translation>font：必须是对象 {&quot;family&quot;: …, &quot;size&quot;: …}</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="178"/>
        <source>font.family: must be a font family name</source>
        <translation>font.family：必须是字体族名称</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="184"/>
        <source>font.size: must be a number of points between 2 and 72</source>
        <translation>font.size：必须是 2 到 72 之间的磅值</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="191"/>
        <source>columns: must be a whole number between 1 and 12</source>
        <translation>columns：必须是 1 到 12 之间的整数</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="196"/>
        <source>letters: must be true or false</source>
        <translation>letters：必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="202"/>
        <source>panels: missing (a list of at least one panel)</source>
        <translation>panels：缺失（至少包含一个面板的列表）</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="245"/>
        <source>%1: cannot read the file</source>
        <translation>%1：无法读取文件</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureSpec.cpp" line="259"/>
        <source>%1: cannot write the file</source>
        <translation>%1：无法写入文件</translation>
    </message>
</context>
<context>
    <name>GrokkingViews</name>
    <message>
        <location filename="../app/gui/analysis/GrokkingViews.cpp" line="54"/>
        <source>Grokking: %1</source>
        <translation>顿悟：%1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="41"/>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="51"/>
        <source>%1 files, steps %2</source>
        <translation>%1 个文件，步数 %2</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="55"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="59"/>
        <source>%1 parameters in %2 tensors</source>
        <translation>%2 个张量中共 %1 个参数</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="67"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="75"/>
        <source>TensorBoard scalars</source>
        <translation>TensorBoard 标量</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="79"/>
        <source>%1 (tag %2): %3 points&lt;br&gt;</source>
        <translation>%1（标签 %2）：%3 个点&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="84"/>
        <source>Checks</source>
        <translation>检查</translation>
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
        <translation>影响函数（EK-FAC）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="28"/>
        <source>influence function (conjugate gradients)</source>
        <translation>影响函数（共轭梯度）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="30"/>
        <source>influence function (exact Hessian)</source>
        <translation>影响函数（精确 Hessian）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="38"/>
        <source>%1: self-influence (%2)</source>
        <translation>%1：自影响（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="40"/>
        <source>%1: influence on %2 example %3 %4 (%5)</source>
        <translation>%1：对 %2 样本 %3 %4 的影响（%5）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="63"/>
        <source>self</source>
        <translation>自身</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="66"/>
        <source>supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="68"/>
        <source>opposes</source>
        <translation>反对</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="94"/>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="95"/>
        <source>self-influence</source>
        <translation>自影响</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="96"/>
        <source>influence</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="131"/>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="133"/>
        <source>self-influence up to the step</source>
        <translation>截至该步的自影响</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="134"/>
        <source>influence up to the step</source>
        <translation>截至该步的影响</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="171"/>
        <source>Self-influence</source>
        <translation>自影响</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="172"/>
        <source>Influence</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="176"/>
        <source>Influence over pairs</source>
        <translation>各数对的影响</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InfluenceViews.cpp" line="179"/>
        <source>Influence over checkpoints</source>
        <translation>各检查点的影响</translation>
    </message>
</context>
<context>
    <name>InterpolationViews</name>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="86"/>
        <source>loss barrier (%1) %2 at α = %3</source>
        <translation>损失壁垒（%1）%2，位于 α = %3</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="75"/>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="91"/>
        <source>Interpolation: loss</source>
        <translation>插值：损失</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="71"/>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="92"/>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="106"/>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="116"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="74"/>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="93"/>
        <source>Interpolation: accuracy</source>
        <translation>插值：准确率</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="70"/>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="93"/>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="110"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="43"/>
        <source>%1: mean ± std over %2 runs</source>
        <translation>%1：%2 次运行的均值 ± 标准差</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="60"/>
        <source>loss barrier (%1) %2 ± %3 (n = %4)</source>
        <translation>损失势垒（%1）%2 ± %3（n = %4）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="104"/>
        <source>Layer-wise interpolation (%1 loss; stragglers: %2)</source>
        <translation>逐层插值（%1 损失；掉队层：%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="107"/>
        <source>Layer-wise</source>
        <translation>逐层</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="110"/>
        <source>LiNeS</source>
        <translation>LiNeS</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="110"/>
        <source>α (β = 1 − α)</source>
        <translation>α（β = 1 − α）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="111"/>
        <source>LiNeS: λ_ℓ = α + β·ℓ/(L−1)</source>
        <translation>LiNeS：λ_ℓ = α + β·ℓ/(L−1)</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="115"/>
        <source>Bézier curve</source>
        <translation>贝塞尔曲线</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="117"/>
        <source>Bézier barrier %1 vs straight %2</source>
        <translation>贝塞尔壁垒 %1，直线壁垒 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="129"/>
        <source>Layer sharpness along the path (λ_max of each layer&apos;s Hessian block, %1)</source>
        <translation>路径上的逐层尖锐度（各层 Hessian 块的 λ_max，%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/InterpolationViews.cpp" line="132"/>
        <source>Layer sharpness</source>
        <translation>逐层尖锐度</translation>
    </message>
</context>
<context>
    <name>Landscape</name>
    <message>
        <location filename="../widgets/landscape/OffscreenLandscape.cpp" line="28"/>
        <source>image size %1x%2 is out of range (16 to 16384 pixels a side)</source>
        <translation>图像尺寸 %1x%2 超出范围（每边 16 至 16384 像素）</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/OffscreenLandscape.cpp" line="32"/>
        <source>3-D rendering needs an X display (VTK draws through GLX); run under xvfb-run</source>
        <translation>三维渲染需要 X 显示（VTK 通过 GLX 绘制）；请在 xvfb-run 下运行</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/OffscreenLandscape.cpp" line="58"/>
        <source>VTK could not read the rendered image back</source>
        <translation>VTK 无法读回渲染的图像</translation>
    </message>
</context>
<context>
    <name>LandscapeFigure</name>
    <message>
        <location filename="../app/render/LandscapeFigure.cpp" line="81"/>
        <source>the surface has no grid points</source>
        <translation>该曲面没有网格点</translation>
    </message>
    <message>
        <location filename="../app/render/LandscapeFigure.cpp" line="93"/>
        <source>the surface has no metric &apos;%1&apos; (it has: %2)</source>
        <translation>该曲面没有指标 &apos;%1&apos;（现有：%2）</translation>
    </message>
    <message>
        <location filename="../app/render/LandscapeFigure.cpp" line="107"/>
        <source>the surface has no std map of &apos;%1&apos; (compute one with trainscope landscape --batches K)</source>
        <translation>该曲面没有 &apos;%1&apos; 的标准差图（请用 trainscope landscape --batches K 计算）</translation>
    </message>
    <message>
        <location filename="../app/render/LandscapeFigure.cpp" line="141"/>
        <source>a 1-D slice has no contour map: use --view slice</source>
        <translation>一维切片没有等高线图：请使用 --view slice</translation>
    </message>
    <message>
        <location filename="../app/render/LandscapeFigure.cpp" line="150"/>
        <source>contour level &apos;%1&apos; is not a number</source>
        <translation>等高线值 &apos;%1&apos; 不是数字</translation>
    </message>
    <message>
        <location filename="../app/render/LandscapeFigure.cpp" line="163"/>
        <source>unknown landscape view &apos;%1&apos; (available: %2)</source>
        <translation>未知的地形视图 &apos;%1&apos;（可用：%2）</translation>
    </message>
    <message>
        <location filename="../app/render/LandscapeFigure.cpp" line="173"/>
        <source>%1: the figure&apos;s suffix must be .png, .svg, .pdf, .csv or .tex</source>
        <translation>%1：图形的扩展名必须是 .png、.svg、.pdf、.csv 或 .tex</translation>
    </message>
    <message>
        <location filename="../app/render/LandscapeFigure.cpp" line="176"/>
        <source>%1: the 3-D view is written as PNG only (export the surface as .vtp for vectors)</source>
        <translation>%1：三维视图只能写成 PNG（如需矢量，请将曲面导出为 .vtp）</translation>
    </message>
    <message>
        <location filename="../app/render/LandscapeFigure.cpp" line="181"/>
        <source>%1: cannot write the PNG file</source>
        <translation>%1：无法写入 PNG 文件</translation>
    </message>
</context>
<context>
    <name>LatexExport</name>
    <message>
        <location filename="../widgets/export/LatexFigures.cpp" line="220"/>
        <source>the 3-D surface</source>
        <translation>三维曲面</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexFigures.cpp" line="222"/>
        <source>the pathway graph</source>
        <translation>路径图</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexFigures.cpp" line="224"/>
        <source>LaTeX (pgfplots) export is not available for this view (%1): it is not a 2-D chart. Export it as PNG, SVG or PDF instead.</source>
        <translation>此视图（%1）不支持 LaTeX (pgfplots) 导出：它不是二维图表。请改为导出 PNG、SVG 或 PDF。</translation>
    </message>
</context>
<context>
    <name>PathwayFigure</name>
    <message>
        <location filename="../app/render/PathwayFigure.cpp" line="31"/>
        <location filename="../app/render/PathwayFigure.cpp" line="75"/>
        <source>unknown view &apos;%1&apos;</source>
        <translation>未知视图“%1”</translation>
    </message>
    <message>
        <location filename="../app/render/PathwayFigure.cpp" line="78"/>
        <source>%1: unknown figure format (use .png, .svg, .pdf, .csv or .tex)</source>
        <translation>%1：未知的图形格式（请使用 .png、.svg、.pdf、.csv 或 .tex）</translation>
    </message>
    <message>
        <location filename="../app/render/PathwayFigure.cpp" line="53"/>
        <source>no routing recorded at step &apos;%1&apos; (recorded: %2)</source>
        <translation>步数“%1”没有记录路由（已记录：%2）</translation>
    </message>
</context>
<context>
    <name>PathwayViews</name>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="70"/>
        <source>answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="71"/>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="75"/>
        <source>probe</source>
        <translation>探针</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="94"/>
        <source>the %1 memorised samples (probe loss below %2 from then on)</source>
        <translation>%1 个已记忆样本（此后探测损失低于 %2）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="98"/>
        <source>the %1 memorised samples (fitted exactly from then on)</source>
        <translation>%1 个已记忆样本（此后完全拟合）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="105"/>
        <source>all samples (memorised samples unknown: %1)</source>
        <translation>所有样本（已记忆样本未知：%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="109"/>
        <source>all %1 probe samples</source>
        <translation>全部 %1 个探针样本</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="120"/>
        <source>D_path</source>
        <translation>D_path</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="126"/>
        <source>D_path layer %1</source>
        <translation>D_path 第 %1 层</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="131"/>
        <source>consistency C</source>
        <translation>一致性 C</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="132"/>
        <source>mean adjacent cosine</source>
        <translation>相邻层平均余弦</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="133"/>
        <source>routing entropy</source>
        <translation>路由熵</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="134"/>
        <source>distinct pathways</source>
        <translation>不同路径数</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="146"/>
        <source>memorised samples</source>
        <translation>已记忆样本</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/PathwayViews.cpp" line="160"/>
        <source>Pathways: %1</source>
        <translation>路径：%1</translation>
    </message>
</context>
<context>
    <name>PgfplotsWriter</name>
    <message>
        <location filename="../widgets/export/PgfplotsWriter.cpp" line="475"/>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1：无法写入文件（%2）</translation>
    </message>
</context>
<context>
    <name>RunChoice</name>
    <message>
        <location filename="../app/gui/reactions/RunChoice.cpp" line="19"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../app/gui/Session.cpp" line="36"/>
        <source>%1: cannot write the session file (%2)</source>
        <translation>%1：无法写入会话文件（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/Session.cpp" line="47"/>
        <source>%1: cannot read the session file (%2)</source>
        <translation>%1：无法读取会话文件（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/Session.cpp" line="54"/>
        <source>%1: not a session file (%2)</source>
        <translation>%1：不是会话文件（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/Session.cpp" line="60"/>
        <source>%1: not a TrainScope session file</source>
        <translation>%1：不是 TrainScope 会话文件</translation>
    </message>
    <message>
        <location filename="../app/gui/Session.cpp" line="65"/>
        <source>%1: session version %2 is newer than this TrainScope supports (%3)</source>
        <translation>%1：会话版本 %2 高于本 TrainScope 支持的版本（%3）</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="10"/>
        <source>Training images</source>
        <translation>训练图像</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="11"/>
        <source>The first N of the 60,000 training images.</source>
        <translation>60,000 张训练图像中的前 N 张。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="12"/>
        <source>Test images</source>
        <translation>测试图像</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="13"/>
        <source>The first N of the 10,000 test images.</source>
        <translation>10,000 张测试图像中的前 N 张。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="14"/>
        <source>Normalise pixels</source>
        <translation>像素归一化</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="15"/>
        <source>Subtract the training mean, divide by its std.</source>
        <translation>减去训练集均值，除以其标准差。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="16"/>
        <source>Depth (6n+2)</source>
        <translation>深度（6n+2）</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="17"/>
        <source>Layers: 8, 14, 20, 32, 44, 56, ...</source>
        <translation>层数：8、14、20、32、44、56……</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="18"/>
        <source>Base width</source>
        <translation>基础宽度</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="19"/>
        <source>Channels of the first stage (doubled per stage).</source>
        <translation>第一阶段的通道数（每阶段翻倍）。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="20"/>
        <source>Skip connections</source>
        <translation>跳跃连接</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="21"/>
        <source>Off: Li et al.&apos;s noshort network.</source>
        <translation>关闭：Li 等人的 noshort 网络。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="22"/>
        <source>Modulus p</source>
        <translation>模数 p</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="23"/>
        <source>The modulus; division needs a prime.</source>
        <translation>模数；除法需要素数。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="24"/>
        <source>Train fraction</source>
        <translation>训练比例</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="25"/>
        <source>Share of all pairs used for training.</source>
        <translation>用于训练的数对比例。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="26"/>
        <source>Only pairs a &lt;= b</source>
        <translation>仅 a &lt;= b 的数对</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="27"/>
        <source>Keep one of (a, b) and (b, a).</source>
        <translation>在 (a, b) 与 (b, a) 中只保留一个。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="28"/>
        <source>Input dimension</source>
        <translation>输入维度</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="29"/>
        <source>Dimension of the inputs.</source>
        <translation>输入的维度。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="30"/>
        <source>Training points</source>
        <translation>训练样本数</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="31"/>
        <source>Number of training points.</source>
        <translation>训练样本的数量。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="32"/>
        <source>Test points</source>
        <translation>测试样本数</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="33"/>
        <source>Number of clean test points.</source>
        <translation>无噪声测试样本的数量。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="34"/>
        <source>Label-flip rate</source>
        <translation>标签翻转率</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="35"/>
        <source>Probability a training label is flipped.</source>
        <translation>训练标签被翻转的概率。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="36"/>
        <source>Cluster separation</source>
        <translation>簇间距</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="37"/>
        <source>‖μ‖ = this · sqrt(dim / n_train).</source>
        <translation>‖μ‖ = 此值 · sqrt(dim / n_train)。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="38"/>
        <source>Bits</source>
        <translation>位数</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="39"/>
        <source>Input length.</source>
        <translation>输入长度。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="40"/>
        <source>Relevant bits</source>
        <translation>相关位数</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="41"/>
        <source>Bits whose parity is the label.</source>
        <translation>其奇偶性即为标签的位。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="42"/>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="43"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="44"/>
        <source>Hidden widths</source>
        <translation>隐藏层宽度</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="45"/>
        <source>Comma-separated hidden layer widths.</source>
        <translation>逗号分隔的隐藏层宽度。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="46"/>
        <source>Embedding size</source>
        <translation>嵌入维度</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="47"/>
        <source>Token tasks only.</source>
        <translation>仅用于词元任务。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="48"/>
        <source>Hidden width</source>
        <translation>隐藏层宽度</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="49"/>
        <source>Model width</source>
        <translation>模型宽度</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="50"/>
        <source>Divisible by heads.</source>
        <translation>须能被注意力头数整除。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="51"/>
        <source>Heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="52"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="53"/>
        <source>MLP width</source>
        <translation>MLP 宽度</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="54"/>
        <source>Width m</source>
        <translation>宽度 m</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="55"/>
        <source>Init std</source>
        <translation>初始化标准差</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="56"/>
        <source>Experts</source>
        <translation>专家数</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="57"/>
        <source>Top k</source>
        <translation>Top k</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="58"/>
        <source>Router lr scale</source>
        <translation>路由器学习率倍数</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="59"/>
        <source>Router learning rate / lr.</source>
        <translation>路由器学习率 / lr。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="60"/>
        <source>Balance loss</source>
        <translation>负载均衡损失</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="61"/>
        <source>Switch load-balancing coefficient.</source>
        <translation>Switch 负载均衡系数。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="62"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="63"/>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
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
        <translation>SGD 动量</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="67"/>
        <source>Warm-up steps</source>
        <translation>预热步数</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="68"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="69"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="70"/>
        <source>0 = full batch.</source>
        <translation>0 = 全批量。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="71"/>
        <source>Evaluate every</source>
        <translation>评估间隔</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="72"/>
        <source>Steps between metric evaluations.</source>
        <translation>两次指标评估之间的步数。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="73"/>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="74"/>
        <source>linear:N, log:N, every:K or steps:a,b,c.</source>
        <translation>linear:N、log:N、every:K 或 steps:a,b,c。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="75"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="76"/>
        <source>Operation</source>
        <translation>运算</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="77"/>
        <source>a op b mod p.</source>
        <translation>a op b mod p。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="78"/>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="79"/>
        <source>Routing</source>
        <translation>路由方式</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="80"/>
        <source>Soft mixes all experts; top-k keeps k.</source>
        <translation>软路由混合所有专家；top-k 只保留 k 个。</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="81"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="82"/>
        <source>LR schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="83"/>
        <source>One-cycle warm-up share</source>
        <translation>单周期预热比例</translation>
    </message>
    <message>
        <location filename="../widgets/training/SettingTexts.cpp" line="84"/>
        <source>Share of the steps spent rising (onecycle).</source>
        <translation>学习率上升阶段占总步数的比例（onecycle）。</translation>
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
        <translation>λ_max + 残差</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="78"/>
        <source>λ_max − residual</source>
        <translation>λ_max − 残差</translation>
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
        <translation>tr H / 100 ± 标准误差</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="45"/>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="99"/>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="129"/>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="46"/>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="100"/>
        <source>Hessian eigenvalue</source>
        <translation>Hessian 特征值</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="101"/>
        <source>%1: sharpness over training (%2 Lanczos steps per point)</source>
        <translation>%1：训练过程中的尖锐度（每点 %2 步 Lanczos 迭代）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="50"/>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="104"/>
        <source>Sharpness over training</source>
        <translation>训练过程中的尖锐度</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="27"/>
        <source>λ_max: mean ± std over %1 runs</source>
        <translation>λ_max：%1 次运行的均值 ± 标准差</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="47"/>
        <source>%1: sharpness over training, mean ± std over %2 runs</source>
        <translation>%1：训练过程中的锐度，%2 次运行的均值 ± 标准差</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="109"/>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="112"/>
        <source>density</source>
        <translation>密度</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="111"/>
        <source>eigenvalue</source>
        <translation>特征值</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="113"/>
        <source>Hessian eigenvalue density at step %1 (SLQ, σ = %2)</source>
        <translation>第 %1 步的 Hessian 特征值密度（SLQ，σ = %2）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="116"/>
        <source>Eigenvalue density</source>
        <translation>特征值密度</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="128"/>
        <source>Per-layer λ_max over training</source>
        <translation>训练过程中各层的 λ_max</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SharpnessViews.cpp" line="130"/>
        <source>Per-layer sharpness</source>
        <translation>逐层尖锐度</translation>
    </message>
</context>
<context>
    <name>SkipConnectionsDemo</name>
    <message>
        <location filename="../app/gui/SkipConnectionsDemo.cpp" line="26"/>
        <source>Skip connections: training both ResNets and their landscapes</source>
        <translation>跳跃连接：训练两个 ResNet 并计算其损失景观</translation>
    </message>
    <message>
        <location filename="../app/gui/SkipConnectionsDemo.cpp" line="26"/>
        <source>Skip-connections demo failed</source>
        <translation>跳跃连接演示失败</translation>
    </message>
    <message>
        <location filename="../app/gui/SkipConnectionsDemo.cpp" line="34"/>
        <source>With skip connections: test accuracy %1, %2 local minima</source>
        <translation>有跳跃连接：测试准确率 %1，%2 个局部极小值</translation>
    </message>
    <message>
        <location filename="../app/gui/SkipConnectionsDemo.cpp" line="35"/>
        <source>Without skip connections: test accuracy %1, %2 local minima</source>
        <translation>无跳跃连接：测试准确率 %1，%2 个局部极小值</translation>
    </message>
    <message>
        <location filename="../app/gui/SkipConnectionsDemo.cpp" line="38"/>
        <source>%1: loss %2 to %3 on the surface, non-convex share %4 (r ≤ 0.5) / %5 (whole grid)</source>
        <translation>%1：曲面上的损失 %2 至 %3，非凸比例 %4（r ≤ 0.5）/ %5（整个网格）</translation>
    </message>
    <message>
        <location filename="../app/gui/SkipConnectionsDemo.cpp" line="48"/>
        <source>Skip connections</source>
        <translation>跳跃连接</translation>
    </message>
</context>
<context>
    <name>SurfaceExport</name>
    <message>
        <location filename="../widgets/landscape/SurfaceExport.cpp" line="192"/>
        <source>%1: unknown surface format (use .vtp, .vts, .obj, .stl or .csv)</source>
        <translation>%1：未知的曲面格式（请使用 .vtp、.vts、.obj、.stl 或 .csv）</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/SurfaceExport.cpp" line="196"/>
        <source>the surface has no metric &apos;%1&apos;</source>
        <translation>曲面没有指标“%1”</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/SurfaceExport.cpp" line="223"/>
        <source>%1: STL holds triangles; a 1-D slice has none (export .vtp or .csv)</source>
        <translation>%1：STL 存储三角形，而一维切片没有三角形（请导出 .vtp 或 .csv）</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/SurfaceExport.cpp" line="236"/>
        <source>%1: VTK could not write the file</source>
        <translation>%1：VTK 无法写入该文件</translation>
    </message>
</context>
<context>
    <name>SweepFigure</name>
    <message>
        <location filename="../app/gui/analysis/SweepViews.cpp" line="37"/>
        <source>%1 holds runs of different sweeps (%2, %3)</source>
        <translation>%1 包含不同扫描的运行（%2，%3）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SweepViews.cpp" line="48"/>
        <source>%1 holds no sweep runs (KEY=VALUE.h5)</source>
        <translation>%1 中没有扫描运行（KEY=VALUE.h5）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SweepViews.cpp" line="80"/>
        <source>%1: mean ± std over seeds (n = %2)</source>
        <translation>%1：各种子上的均值 ± 标准差（n = %2）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SweepViews.cpp" line="81"/>
        <source>%1: mean ± std over seeds (n = %2–%3)</source>
        <translation>%1：各种子上的均值 ± 标准差（n = %2–%3）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SweepViews.cpp" line="109"/>
        <source>∝ 1/wd (Omnigrok)</source>
        <translation>∝ 1/wd（Omnigrok）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SweepViews.cpp" line="142"/>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SweepViews.cpp" line="143"/>
        <source>Time to generalise against %1 (mean ± std over seeds; seeds that never reach a threshold are left out)</source>
        <translation>泛化所需时间与 %1 的关系（各种子上的均值 ± 标准差；从未达到阈值的种子不计入）</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis/SweepViews.cpp" line="144"/>
        <source>Time to generalise against %1 (members that never reach a threshold are left out)</source>
        <translation>泛化所需步数随 %1 的变化（未达到阈值的运行不显示）</translation>
    </message>
    <message>
        <location filename="../app/render/SweepFigure.cpp" line="17"/>
        <source>%1: unknown figure format (use .png, .svg, .pdf, .csv or .tex)</source>
        <translation>%1：未知的图形格式（请使用 .png、.svg、.pdf、.csv 或 .tex）</translation>
    </message>
</context>
<context>
    <name>ViewFactory</name>
    <message>
        <location filename="../app/render/ViewFactory.cpp" line="48"/>
        <source>options: &apos;%1&apos; is not an option (options are named: {&quot;points&quot;: 11})</source>
        <translation>options：&apos;%1&apos; 不是选项（选项需带名称：{&quot;points&quot;: 11}）</translation>
    </message>
    <message>
        <location filename="../app/render/ViewFactory.cpp" line="54"/>
        <source>view &apos;%1&apos; takes one run file, not %2</source>
        <translation>视图 &apos;%1&apos; 只接受一个运行文件，而不是 %2 个</translation>
    </message>
    <message>
        <location filename="../app/render/ViewFactory.cpp" line="57"/>
        <source>run &apos;%1&apos;: no such file or folder (%2)</source>
        <translation>运行 &apos;%1&apos;：没有该文件或文件夹（%2）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/GuiMain.cpp" line="50"/>
        <source>See how neural networks train.</source>
        <translation>看见神经网络如何训练。</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiMain.cpp" line="53"/>
        <source>Start training a built-in demo live.</source>
        <translation>实时训练一个内置演示。</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiMain.cpp" line="55"/>
        <source>Start in presenter mode: full screen, large text, for a projector.</source>
        <translation>以演示模式启动：全屏、大字号，适合投影仪。</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiMain.cpp" line="58"/>
        <source>Run files to open.</source>
        <translation>要打开的运行文件。</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiMain.cpp" line="82"/>
        <source>Unknown demo</source>
        <translation>未知演示</translation>
    </message>
</context>
<context>
    <name>ts::app::ChartToolBar</name>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="77"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="78"/>
        <source>Log steps</source>
        <translation>对数步数</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="79"/>
        <source>Logarithmic step axis (grokking needs it)</source>
        <translation>对数步数轴（观察顿悟时需要）</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="80"/>
        <source>Log values</source>
        <translation>对数数值</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="81"/>
        <source>Ignore outliers</source>
        <translation>忽略离群值</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="82"/>
        <source>Fit the value axis to the 5th–95th percentile</source>
        <translation>将数值轴适配到第 5–95 百分位</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="83"/>
        <source>Fix value range</source>
        <translation>固定数值范围</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="84"/>
        <source>Keep the value axis where it is while curves grow</source>
        <translation>曲线增长时保持数值轴不变</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="85"/>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="86"/>
        <source> Smoothing </source>
        <translation> 平滑 </translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="87"/>
        <source>Exponential moving average weight (TensorBoard&apos;s, debiased); 0 = off</source>
        <translation>指数移动平均权重（与 TensorBoard 相同，已去偏）；0 = 关闭</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="88"/>
        <source>Group seeds</source>
        <translation>按种子分组</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="89"/>
        <source>Draw runs whose settings differ only in the seed as one line with a band</source>
        <translation>将仅随机种子不同的运行绘制为一条带误差带的曲线</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="90"/>
        <source> Groups </source>
        <translation> 分组 </translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="91"/>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="92"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="93"/>
        <source>The line drawn for a group of runs</source>
        <translation>为一组运行绘制的曲线</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="94"/>
        <source>± std</source>
        <translation>± 标准差</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="95"/>
        <source>Min–max</source>
        <translation>最小–最大</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="96"/>
        <source>95% bootstrap CI</source>
        <translation>95% 自助法置信区间</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="97"/>
        <source>No band</source>
        <translation>无误差带</translation>
    </message>
    <message>
        <location filename="../app/gui/ChartToolBar.cpp" line="98"/>
        <source>The band around a group&apos;s line: sample standard deviation (n − 1), the runs&apos; range, or a 95% percentile-bootstrap interval of the line</source>
        <translation>组曲线周围的误差带：样本标准差（n − 1）、各运行的范围，或曲线的 95% 百分位自助法区间</translation>
    </message>
</context>
<context>
    <name>ts::app::ExportReaction</name>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="36"/>
        <source>Export as &amp;PNG…</source>
        <translation>导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="37"/>
        <source>Export as &amp;SVG…</source>
        <translation>导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="38"/>
        <source>Export as P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="39"/>
        <source>Export Data as &amp;CSV…</source>
        <translation>导出数据为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="40"/>
        <source>&amp;Copy Image</source>
        <translation>复制图像(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="41"/>
        <source>Export as &amp;LaTeX (pgfplots)…</source>
        <translation>导出为 &amp;LaTeX (pgfplots)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="66"/>
        <source>Copied the view to the clipboard</source>
        <translation>已将视图复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="70"/>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="106"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="90"/>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="118"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="92"/>
        <source>This view has no data to export as CSV.</source>
        <translation>此视图没有可导出为 CSV 的数据。</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="95"/>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="103"/>
        <location filename="../app/gui/reactions/ExportReaction.cpp" line="120"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ts::app::FigureComposerReaction</name>
    <message>
        <location filename="../app/gui/reactions/FigureComposerReaction.cpp" line="29"/>
        <source>Compose &amp;Figure…</source>
        <translation>组合图(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/FigureComposerReaction.cpp" line="30"/>
        <source>A figure of several panels for a paper: page size, font, panel letters, shared axes</source>
        <translation>用于论文的多面板图：页面尺寸、字体、面板字母、共享坐标轴</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/FigureComposerReaction.cpp" line="36"/>
        <source>Compose Figure</source>
        <translation>组合图</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/FigureComposerReaction.cpp" line="36"/>
        <source>This build cannot draw figures.</source>
        <translation>此构建无法绘制图。</translation>
    </message>
</context>
<context>
    <name>ts::app::GrokkingReaction</name>
    <message>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="25"/>
        <source>&amp;Grokking Dashboard…</source>
        <translation>顿悟仪表板(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="26"/>
        <source>Memorisation and generalisation events, and progress measures over training</source>
        <translation>记忆与泛化事件，以及训练过程中的进展度量</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="35"/>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="38"/>
        <source>Grokking dashboard</source>
        <translation>顿悟仪表板</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="35"/>
        <source>Open a run with checkpoints first.</source>
        <translation>请先打开一个带检查点的运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="76"/>
        <source>Analysing %1</source>
        <translation>正在分析 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="76"/>
        <source>Grokking analysis failed</source>
        <translation>顿悟分析失败</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="90"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="90"/>
        <source>no events</source>
        <translation>无事件</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GrokkingReaction.cpp" line="92"/>
        <source>%1: group of %2 seeds, %3, %4, %5</source>
        <translation>%1：%2 个种子的组，%3，%4，%5</translation>
    </message>
</context>
<context>
    <name>ts::app::GroupRunsReaction</name>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="23"/>
        <source>Group &amp;Checked Runs…</source>
        <translation>将勾选的运行分组(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="24"/>
        <source>Draw the checked runs as one line (mean or median) with a band</source>
        <translation>将勾选的运行绘制为一条带误差带的曲线（均值或中位数）</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="26"/>
        <source>&amp;Ungroup Runs</source>
        <translation>取消运行分组(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="27"/>
        <source>Forget the groups made by hand and stop grouping seeds</source>
        <translation>清除手动建立的分组并停止按种子分组</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="43"/>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="47"/>
        <source>Group Runs</source>
        <translation>运行分组</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="43"/>
        <source>Check at least two runs in the Runs list to group them.</source>
        <translation>请在运行列表中勾选至少两个运行以进行分组。</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="47"/>
        <source>Name of the group:</source>
        <translation>分组名称：</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="48"/>
        <source>group %1</source>
        <translation>分组 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="57"/>
        <source>group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/GroupRunsReaction.cpp" line="59"/>
        <source>Grouped %1 runs as &apos;%2&apos;.</source>
        <translation>已将 %1 个运行分组为“%2”。</translation>
    </message>
</context>
<context>
    <name>ts::app::ImportReaction</name>
    <message>
        <location filename="../app/gui/reactions/ImportReaction.cpp" line="16"/>
        <source>&amp;Import Run…</source>
        <translation>导入运行(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ImportReaction.cpp" line="17"/>
        <source>A run from PyTorch checkpoints, a TorchScript model, data and TensorBoard logs</source>
        <translation>由 PyTorch 检查点、TorchScript 模型、数据和 TensorBoard 日志组成的运行</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ImportReaction.cpp" line="38"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ImportReaction.cpp" line="38"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ImportReaction.cpp" line="44"/>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
</context>
<context>
    <name>ts::app::InfluenceReaction</name>
    <message>
        <location filename="../app/gui/reactions/InfluenceReaction.cpp" line="19"/>
        <source>&amp;Influence…</source>
        <translation>影响(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InfluenceReaction.cpp" line="20"/>
        <source>Which training examples support or oppose a prediction (TracIn, influence functions)</source>
        <translation>哪些训练样本支持或反对某个预测（TracIn、影响函数）</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InfluenceReaction.cpp" line="40"/>
        <source>Influence in %1</source>
        <translation>%1 中的影响</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InfluenceReaction.cpp" line="40"/>
        <source>Influence failed</source>
        <translation>影响计算失败</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InfluenceReaction.cpp" line="48"/>
        <source>Computed the influence of training examples in %1</source>
        <translation>已计算 %1 中训练样本的影响</translation>
    </message>
</context>
<context>
    <name>ts::app::InterpolateReaction</name>
    <message>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="26"/>
        <source>&amp;Interpolate Checkpoints…</source>
        <translation>插值检查点(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="27"/>
        <source>Loss and accuracy along the line between two checkpoints</source>
        <translation>两个检查点连线上的损失与准确率</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="59"/>
        <source>Interpolation</source>
        <translation>插值</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="60"/>
        <source>%1 has %2 runs in its group (the same configuration but the seed). Interpolate every run of the group and draw the mean with a ± std band?</source>
        <translation>%1 所在的组有 %2 次运行（除种子外配置相同）。是否对组内每次运行进行插值，并绘制均值及 ± 标准差带？</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="68"/>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="91"/>
        <source>Interpolating %1</source>
        <translation>正在插值 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="68"/>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="91"/>
        <source>Interpolation failed</source>
        <translation>插值失败</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="76"/>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="110"/>
        <source>Interpolated %1</source>
        <translation>已插值 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/InterpolateReaction.cpp" line="87"/>
        <source>group of %1 runs, %2 → %3</source>
        <translation>%1 次运行的组，%2 → %3</translation>
    </message>
</context>
<context>
    <name>ts::app::LandscapeReaction</name>
    <message>
        <location filename="../app/gui/reactions/LandscapeReaction.cpp" line="24"/>
        <source>Loss &amp;Landscape…</source>
        <translation>损失地形(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/LandscapeReaction.cpp" line="25"/>
        <source>Loss and accuracy on a plane or line through a checkpoint, with the training trajectory</source>
        <translation>经过某个检查点的平面或直线上的损失与准确率，并显示训练轨迹</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/LandscapeReaction.cpp" line="32"/>
        <source>Loss landscape</source>
        <translation>损失地形</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/LandscapeReaction.cpp" line="32"/>
        <source>Open a run with checkpoints first.</source>
        <translation>请先打开一个带检查点的运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/LandscapeReaction.cpp" line="78"/>
        <source>Landscape: %1@%2</source>
        <translation>损失地形：%1@%2</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/LandscapeReaction.cpp" line="92"/>
        <source>Computing %1</source>
        <translation>正在计算 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/LandscapeReaction.cpp" line="92"/>
        <source>Loss landscape failed</source>
        <translation>损失地形计算失败</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/LandscapeReaction.cpp" line="101"/>
        <source>Resumed and saved the landscape to %1</source>
        <translation>已继续计算并将损失地形保存到 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/LandscapeReaction.cpp" line="102"/>
        <source>Saved the landscape to %1</source>
        <translation>已将损失地形保存到 %1</translation>
    </message>
</context>
<context>
    <name>ts::app::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="76"/>
        <location filename="../app/gui/MainWindow.cpp" line="282"/>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="76"/>
        <location filename="../app/gui/MainWindow.cpp" line="282"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="112"/>
        <source>step %1   value %2</source>
        <translation>步数 %1   数值 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="117"/>
        <source>Cannot open run</source>
        <translation>无法打开运行</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="120"/>
        <source>Opened %1 (%2, %3)</source>
        <translation>已打开 %1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="138"/>
        <source>%1 runs differ only in the seed: View → Group Seeds (Ctrl+G) draws them as one line with a band.</source>
        <translation>%1 个运行仅随机种子不同：视图 → 按种子分组（Ctrl+G）将其绘制为一条带误差带的曲线。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="258"/>
        <source>About TrainScope</source>
        <translation>关于 TrainScope</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="259"/>
        <source>TrainScope %1
See how neural networks train.</source>
        <translation>TrainScope %1
看见神经网络如何训练。</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="266"/>
        <source>TrainScope</source>
        <translation>TrainScope</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="267"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="268"/>
        <source>Recent &amp;Runs</source>
        <translation>最近的运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="269"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="270"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="271"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="272"/>
        <source>Training curves</source>
        <translation>训练曲线</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="273"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="274"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="275"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="276"/>
        <source>&amp;About TrainScope</source>
        <translation>关于 TrainScope(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="277"/>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="277"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="277"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="311"/>
        <source>Landscape: %1</source>
        <translation>损失地形：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="312"/>
        <source>Opened the landscape %1</source>
        <translation>已打开损失地形 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="314"/>
        <source>Cannot open landscape</source>
        <translation>无法打开损失地形</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="329"/>
        <source>Checkpoint at step %1</source>
        <translation>第 %1 步的检查点</translation>
    </message>
</context>
<context>
    <name>ts::app::MergeReaction</name>
    <message>
        <location filename="../app/gui/reactions/MergeReaction.cpp" line="19"/>
        <source>&amp;Merge Runs…</source>
        <translation>合并运行(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/MergeReaction.cpp" line="21"/>
        <source>Merge checkpoints of runs with one architecture into a new run (average, task arithmetic, TIES, DARE)</source>
        <translation>将相同架构运行的检查点合并为新运行（平均、任务算术、TIES、DARE）</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/MergeReaction.cpp" line="42"/>
        <source>Merging into %1</source>
        <translation>正在合并到 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/MergeReaction.cpp" line="42"/>
        <source>Merge failed</source>
        <translation>合并失败</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/MergeReaction.cpp" line="52"/>
        <source>%1 loss %2, accuracy %3</source>
        <translation>%1 损失 %2，准确率 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/MergeReaction.cpp" line="57"/>
        <source>Merged %1 runs into %2: %3</source>
        <translation>已将 %1 个运行合并到 %2：%3</translation>
    </message>
</context>
<context>
    <name>ts::app::NewTrainingReaction</name>
    <message>
        <location filename="../app/gui/reactions/NewTrainingReaction.cpp" line="22"/>
        <source>&amp;New Training Run…</source>
        <translation>新建训练运行(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/NewTrainingReaction.cpp" line="23"/>
        <source>Train a built-in model and watch it live</source>
        <translation>训练内置模型并实时观察</translation>
    </message>
</context>
<context>
    <name>ts::app::OpenRunReaction</name>
    <message>
        <location filename="../app/gui/reactions/OpenRunReaction.cpp" line="19"/>
        <source>&amp;Attach to Running Run…</source>
        <translation>附加到正在写入的运行(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/OpenRunReaction.cpp" line="19"/>
        <source>&amp;Open Run…</source>
        <translation>打开运行(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/OpenRunReaction.cpp" line="20"/>
        <source>Follow a run file that another program is still writing</source>
        <translation>跟踪另一个程序仍在写入的运行文件</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/OpenRunReaction.cpp" line="21"/>
        <source>Open one or more run files</source>
        <translation>打开一个或多个运行文件</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/OpenRunReaction.cpp" line="26"/>
        <source>Attach to run</source>
        <translation>附加到运行</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/OpenRunReaction.cpp" line="26"/>
        <source>Open runs</source>
        <translation>打开运行</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/OpenRunReaction.cpp" line="27"/>
        <source>Run files (*.h5 *.hdf5);;All files (*)</source>
        <translation>运行文件 (*.h5 *.hdf5);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ts::app::PathwaysReaction</name>
    <message>
        <location filename="../app/gui/reactions/PathwaysReaction.cpp" line="22"/>
        <source>Expert &amp;Pathways…</source>
        <translation>专家路径(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PathwaysReaction.cpp" line="23"/>
        <source>How a mixture-of-experts model&apos;s routing organises itself over training</source>
        <translation>混合专家模型的路由在训练中如何自我组织</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PathwaysReaction.cpp" line="32"/>
        <location filename="../app/gui/reactions/PathwaysReaction.cpp" line="35"/>
        <source>Expert pathways</source>
        <translation>专家路径</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PathwaysReaction.cpp" line="32"/>
        <source>Open a mixture-of-experts run first (for example the moe demo).</source>
        <translation>请先打开一个混合专家运行（例如 moe 演示）。</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PathwaysReaction.cpp" line="45"/>
        <source>Pathways of %1</source>
        <translation>%1 的路径</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PathwaysReaction.cpp" line="45"/>
        <source>Pathway analysis failed</source>
        <translation>路径分析失败</translation>
    </message>
</context>
<context>
    <name>ts::app::PreferencesReaction</name>
    <message>
        <location filename="../app/gui/reactions/PreferencesReaction.cpp" line="21"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PreferencesReaction.cpp" line="26"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PreferencesReaction.cpp" line="28"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PreferencesReaction.cpp" line="33"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PreferencesReaction.cpp" line="34"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PreferencesReaction.cpp" line="40"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PreferencesReaction.cpp" line="41"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>ts::app::PresenterReaction</name>
    <message>
        <location filename="../app/gui/reactions/PresenterReaction.cpp" line="19"/>
        <source>&amp;Presenter Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/PresenterReaction.cpp" line="20"/>
        <source>Full screen, large text and high contrast for a projector (Esc leaves)</source>
        <translation>全屏、大字号和高对比度，适合投影仪（按 Esc 退出）</translation>
    </message>
</context>
<context>
    <name>ts::app::ReplayReaction</name>
    <message>
        <location filename="../app/gui/reactions/ReplayReaction.cpp" line="71"/>
        <source>&amp;Replay Run</source>
        <translation>回放运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ReplayReaction.cpp" line="72"/>
        <source>Replay the open runs step by step: every open view follows one cursor</source>
        <translation>逐步回放已打开的运行：所有打开的视图跟随同一个游标</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ReplayReaction.cpp" line="73"/>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ReplayReaction.cpp" line="74"/>
        <source>Play or pause the replay</source>
        <translation>播放或暂停回放</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/ReplayReaction.cpp" line="91"/>
        <source>Replay: press Space to play or pause</source>
        <translation>回放：按空格键播放或暂停</translation>
    </message>
</context>
<context>
    <name>ts::app::RunDocument</name>
    <message>
        <location filename="../app/gui/RunDocument.cpp" line="92"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../app/gui/RunDocument.cpp" line="93"/>
        <source>%1: memorised at step %2, test ≥ 50% at %3, ≥ 90% at %4</source>
        <translation>%1：第 %2 步记住训练集，测试 ≥ 50% 于 %3，≥ 90% 于 %4</translation>
    </message>
</context>
<context>
    <name>ts::app::SessionReaction</name>
    <message>
        <location filename="../app/gui/reactions/SessionReaction.cpp" line="20"/>
        <source>&amp;Save Session…</source>
        <translation>保存会话(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SessionReaction.cpp" line="20"/>
        <source>Open Sess&amp;ion…</source>
        <translation>打开会话(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SessionReaction.cpp" line="25"/>
        <source>TrainScope sessions (*.tssession);;All files (*)</source>
        <translation>TrainScope 会话 (*.tssession);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SessionReaction.cpp" line="28"/>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SessionReaction.cpp" line="32"/>
        <source>Cannot save the session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SessionReaction.cpp" line="34"/>
        <source>Saved session %1</source>
        <translation>已保存会话 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SessionReaction.cpp" line="37"/>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SessionReaction.cpp" line="42"/>
        <source>Cannot open the session</source>
        <translation>无法打开会话</translation>
    </message>
</context>
<context>
    <name>ts::app::SharpnessReaction</name>
    <message>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="25"/>
        <source>&amp;Sharpness…</source>
        <translation>尖锐度(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="26"/>
        <source>Hessian eigenvalues, trace and density of a run&apos;s checkpoints</source>
        <translation>运行检查点的 Hessian 特征值、迹与密度</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="50"/>
        <source>Sharpness</source>
        <translation>锐度</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="51"/>
        <source>%1 has %2 runs in its group (the same configuration but the seed). Compute the sharpness of every run of the group and draw the mean with a ± std band?</source>
        <translation>%1 所在的组有 %2 次运行（除种子外配置相同）。是否计算组内每次运行的锐度，并绘制均值及 ± 标准差带？</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="59"/>
        <source>group of %1 runs</source>
        <translation>%1 次运行的组</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="60"/>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="83"/>
        <source>Sharpness of %1</source>
        <translation>%1 的尖锐度</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="60"/>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="83"/>
        <source>Sharpness failed</source>
        <translation>尖锐度计算失败</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="77"/>
        <location filename="../app/gui/reactions/SharpnessReaction.cpp" line="94"/>
        <source>Computed the sharpness of %1</source>
        <translation>已计算 %1 的尖锐度</translation>
    </message>
</context>
<context>
    <name>ts::app::SweepReaction</name>
    <message>
        <location filename="../app/gui/reactions/SweepReaction.cpp" line="24"/>
        <source>S&amp;weep…</source>
        <translation>扫描(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SweepReaction.cpp" line="25"/>
        <source>Train a demo once per value of one setting and chart the time to generalise</source>
        <translation>对某个设置的每个取值训练一次演示，并绘制泛化所需时间</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SweepReaction.cpp" line="48"/>
        <source>Sweeping %1</source>
        <translation>正在扫描 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SweepReaction.cpp" line="48"/>
        <source>Sweep failed</source>
        <translation>扫描失败</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SweepReaction.cpp" line="60"/>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/SweepReaction.cpp" line="62"/>
        <source>Sweep chart</source>
        <translation>扫描图表</translation>
    </message>
</context>
<context>
    <name>ts::app::TaskProgressIndicator</name>
    <message>
        <location filename="../app/gui/TaskProgressIndicator.cpp" line="20"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ts::app::TicketsReaction</name>
    <message>
        <location filename="../app/gui/reactions/TicketsReaction.cpp" line="22"/>
        <source>Grokking &amp;Tickets…</source>
        <translation>顿悟彩票(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/TicketsReaction.cpp" line="23"/>
        <source>Prune a grokked run, rewind to initialisation and retrain, with controls</source>
        <translation>剪枝已顿悟的运行，回退到初始化并重新训练（含对照）</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/TicketsReaction.cpp" line="42"/>
        <source>Training tickets of %1</source>
        <translation>正在训练 %1 的彩票</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/TicketsReaction.cpp" line="42"/>
        <source>Tickets failed</source>
        <translation>彩票训练失败</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/TicketsReaction.cpp" line="51"/>
        <source>%1: density %2, t90 %3</source>
        <translation>%1：密度 %2，t90 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/reactions/TicketsReaction.cpp" line="54"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>ts::app::TrainingController</name>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="21"/>
        <source>Training paused</source>
        <translation>训练已暂停</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="21"/>
        <source>Training resumed</source>
        <translation>训练已继续</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="40"/>
        <source>Training is running</source>
        <translation>训练正在进行</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="40"/>
        <source>Stop the current training run before starting another.</source>
        <translation>请先停止当前训练运行，再开始新的运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="47"/>
        <source>Training %1</source>
        <translation>正在训练 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="49"/>
        <source>Training into %1</source>
        <translation>训练写入 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="57"/>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
</context>
<context>
    <name>ts::app::TrainingJob</name>
    <message>
        <location filename="../app/gui/TrainingJob.cpp" line="60"/>
        <source>step %1 / %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
</context>
<context>
    <name>ts::widgets::BackgroundTask</name>
    <message>
        <location filename="../widgets/jobs/BackgroundTask.cpp" line="42"/>
        <source>%1 cancelled</source>
        <translation>%1 已取消</translation>
    </message>
</context>
<context>
    <name>ts::widgets::BatchNormChoice</name>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="13"/>
        <source>Eval (running statistics)</source>
        <translation>评估（滑动统计量）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="14"/>
        <source>Train (batch statistics)</source>
        <translation>训练（批次统计量）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="19"/>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="21"/>
        <source>Keep a checkpoint&apos;s</source>
        <translation>保留检查点的统计量</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="23"/>
        <source>Interpolate like the weights</source>
        <translation>像权重一样插值</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="30"/>
        <source>BatchNorm mode</source>
        <translation>BatchNorm 模式</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="31"/>
        <source>BatchNorm statistics</source>
        <translation>BatchNorm 统计量</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="55"/>
        <source>Each evaluation batch is normalised with its own statistics; no running statistics are used.</source>
        <translation>每个评估批次用其自身的统计量归一化；不使用滑动统计量。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="57"/>
        <source>One pass over 2,048 training examples resets the statistics at every point (update_bn).</source>
        <translation>在每个点上用 2,048 个训练样本前向一遍重新计算统计量（update_bn）。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="59"/>
        <source>Points that are not checkpoints use a checkpoint&apos;s own statistics: the centre of a landscape, the nearer end of an interpolation (Li et al.).</source>
        <translation>非检查点的点使用某个检查点自己的统计量：损失地形的中心点，插值中较近的一端（Li 等人）。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="62"/>
        <source>The statistics are interpolated between the two checkpoints like the weights.</source>
        <translation>统计量在两个检查点之间像权重一样插值。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/BatchNormChoice.cpp" line="63"/>
        <source>Models without BatchNorm ignore this.</source>
        <translation>没有 BatchNorm 的模型忽略此项。</translation>
    </message>
</context>
<context>
    <name>ts::widgets::ContourMapView</name>
    <message>
        <location filename="../widgets/landscape/ContourMapView.cpp" line="145"/>
        <source>No surface points computed yet</source>
        <translation>尚未计算任何曲面点</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/ContourMapView.cpp" line="146"/>
        <source>A 1-D slice has no contour map: see the slice chart</source>
        <translation>一维切片没有等高线图：请查看切片图表</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/ContourMapView.cpp" line="79"/>
        <location filename="../widgets/landscape/ContourMapView.cpp" line="298"/>
        <source> (log10)</source>
        <translation> （log10）</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/ContourMapView.cpp" line="84"/>
        <source>, mean of %1 batches; dashed: std = %2</source>
        <translation>，%1 个批次的均值；虚线：标准差 = %2</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/ContourMapView.cpp" line="85"/>
        <source>, mean of %1 batches</source>
        <translation>，%1 个批次的均值</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/ContourMapView.cpp" line="276"/>
        <source>(%1, %2): %3 = %4</source>
        <translation>(%1, %2)：%3 = %4</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/ContourMapView.cpp" line="279"/>
        <source> ± %1 (std over %2 batches)</source>
        <translation> ± %1（%2 个批次的标准差）</translation>
    </message>
</context>
<context>
    <name>ts::widgets::CurveChartView</name>
    <message>
        <location filename="../widgets/charts/CurveChartView.cpp" line="853"/>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location filename="../widgets/charts/CurveChartView.cpp" line="855"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
        <translation>导出选项</translation>
    </message>
    <message>
        <location filename="../widgets/export/ExportOptionsDialog.cpp" line="22"/>
        <location filename="../widgets/export/ExportOptionsDialog.cpp" line="23"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../widgets/export/ExportOptionsDialog.cpp" line="24"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../widgets/export/ExportOptionsDialog.cpp" line="26"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../widgets/export/ExportOptionsDialog.cpp" line="27"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../widgets/export/ExportOptionsDialog.cpp" line="29"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
</context>
<context>
    <name>ts::widgets::FigureComposerDialog</name>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="53"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="54"/>
        <source>all panels of a view</source>
        <translation>同一视图的所有面板</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="55"/>
        <source>along each row</source>
        <translation>每一行内</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="56"/>
        <source>along each column</source>
        <translation>每一列内</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="72"/>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="416"/>
        <source>Compose Figure</source>
        <translation>组合图</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="77"/>
        <source>Run(s)</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="77"/>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="77"/>
        <source>Options (as for render)</source>
        <translation>选项（同 render）</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="77"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="80"/>
        <source>One row per panel, filled row by row. Several runs (curves only): separate them with &apos;;&apos;. Options: the flags of `trainscope render`, e.g. --metrics train_acc,test_acc --logx</source>
        <translation>每个面板一行，按行填充。多个运行（仅曲线）：用 &apos;;&apos; 分隔。选项：`trainscope render` 的参数，例如 --metrics train_acc,test_acc --logx</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="82"/>
        <source>Add Panel</source>
        <translation>添加面板</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="84"/>
        <source>Remove Panel</source>
        <translation>移除面板</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="107"/>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="108"/>
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="112"/>
        <source>DPI (PNG):</source>
        <translation>DPI（PNG）：</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="115"/>
        <source>Font:</source>
        <translation>字体：</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="120"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="121"/>
        <source>Font size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="125"/>
        <source>Columns:</source>
        <translation>列数：</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="126"/>
        <source>Panel letters (a), (b), …</source>
        <translation>面板字母 (a)、(b)、…</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="130"/>
        <source>Shared x axis:</source>
        <translation>共享 x 轴：</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="132"/>
        <source>Shared y axis:</source>
        <translation>共享 y 轴：</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="146"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="147"/>
        <source>&amp;Load Spec…</source>
        <translation>加载规格(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="148"/>
        <source>&amp;Save Spec…</source>
        <translation>保存规格(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="149"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="218"/>
        <source>options: &apos;%1&apos; is not an option (write --name value, or --flag)</source>
        <translation>options：&apos;%1&apos; 不是选项（请写成 --name value 或 --flag）</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="266"/>
        <source>panel %1: choose a run</source>
        <translation>面板 %1：请选择运行</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="274"/>
        <source>panel %1: %2</source>
        <translation>面板 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="281"/>
        <source>add at least one panel</source>
        <translation>请至少添加一个面板</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="372"/>
        <source>figures cannot be drawn here</source>
        <translation>此处无法绘制图</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="392"/>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="404"/>
        <source>Computing the panels…</source>
        <translation>正在计算面板…</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="381"/>
        <source>Computing panel %1 of %2…</source>
        <translation>正在计算第 %1 个面板（共 %2 个）…</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="394"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="406"/>
        <source>Preview at %1 dpi</source>
        <translation>预览（%1 dpi）</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="428"/>
        <source>Load Figure Spec</source>
        <translation>加载图规格</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="428"/>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="440"/>
        <source>Figure spec (*.json)</source>
        <translation>图规格 (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="434"/>
        <source>Loaded %1</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="439"/>
        <source>Save Figure Spec</source>
        <translation>保存图规格</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="448"/>
        <source>Saved %1; write the figure with: trainscope figure %2 --out FIG.pdf</source>
        <translation>已保存 %1；用以下命令生成图：trainscope figure %2 --out FIG.pdf</translation>
    </message>
    <message>
        <location filename="../widgets/figure/FigureComposerDialog.cpp" line="455"/>
        <source>Export Figure</source>
        <translation>导出图</translation>
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
        <translation>图像尺寸为空。</translation>
    </message>
    <message>
        <location filename="../widgets/export/FigureExporter.cpp" line="143"/>
        <location filename="../widgets/export/FigureExporter.cpp" line="159"/>
        <location filename="../widgets/export/FigureExporter.cpp" line="162"/>
        <location filename="../widgets/export/FigureExporter.cpp" line="180"/>
        <location filename="../widgets/export/FigureExporter.cpp" line="183"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/export/FigureExporter.cpp" line="154"/>
        <source>Created by TrainScope</source>
        <translation>由 TrainScope 生成</translation>
    </message>
    <message>
        <location filename="../widgets/export/FigureExporter.cpp" line="170"/>
        <source>TrainScope</source>
        <translation>TrainScope</translation>
    </message>
    <message>
        <location filename="../widgets/export/FigureExporter.cpp" line="189"/>
        <source>There is no clipboard.</source>
        <translation>没有可用的剪贴板。</translation>
    </message>
</context>
<context>
    <name>ts::widgets::GrokkingDashboard</name>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="66"/>
        <source>Weight norm</source>
        <translation>权重范数</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="66"/>
        <source>Distance from initialisation</source>
        <translation>与初始化的距离</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="66"/>
        <source>Gradient coherence</source>
        <translation>梯度一致性</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="67"/>
        <source>Fourier sparsity (Gini)</source>
        <translation>傅里叶稀疏度（基尼系数）</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="67"/>
        <source>Restricted and excluded loss</source>
        <translation>受限损失与排除损失</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="78"/>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="322"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="195"/>
        <source>no events (the run has no accuracy metrics)</source>
        <translation>无事件（该运行没有准确率指标）</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="170"/>
        <source>memorised, not generalised</source>
        <translation>已记忆，未泛化</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="154"/>
        <source>%1 never (n = 0)</source>
        <translation>%1 从未达到（n = 0）</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="155"/>
        <source>%1 %2 ± %3 (n = %4)</source>
        <translation>%1 %2 ± %3（n = %4）</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="201"/>
        <source>Group of %1 seeds (mean ± std over the runs that reach each event): %2, %3, %4</source>
        <translation>%1 个种子的组（达到各事件的运行上的均值 ± 标准差）：%2，%3，%4</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="208"/>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="244"/>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="208"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="222"/>
        <source>train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="223"/>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="225"/>
        <source>restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="226"/>
        <source>excluded</source>
        <translation>排除</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="243"/>
        <source>Embedding norm per Fourier frequency</source>
        <translation>各傅里叶频率的嵌入范数</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="243"/>
        <source>Fourier analysis not applicable</source>
        <translation>傅里叶分析不适用</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="244"/>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="264"/>
        <source>norm</source>
        <translation>范数</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="263"/>
        <source>norm per frequency</source>
        <translation>各频率范数</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="264"/>
        <source>frequency k</source>
        <translation>频率 k</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="265"/>
        <source>Embedding spectrum at step %1</source>
        <translation>第 %1 步的嵌入频谱</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="300"/>
        <source>step %1: ‖θ‖ %2, ‖θ − θ₀‖ %3, coherence %4 / %5</source>
        <translation>第 %1 步：‖θ‖ %2，‖θ − θ₀‖ %3，一致性 %4 / %5</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="307"/>
        <source>, Gini %1, restricted %2, excluded %3</source>
        <translation>，基尼系数 %1，受限 %2，排除 %3</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/GrokkingDashboard.cpp" line="322"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>ts::widgets::HeatmapView</name>
    <message>
        <location filename="../widgets/charts/HeatmapView.cpp" line="192"/>
        <source> (log)</source>
        <translation>（对数）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/HeatmapView.cpp" line="200"/>
        <source>%1, %2 = %3: %4</source>
        <translation>%1，%2 = %3：%4</translation>
    </message>
    <message>
        <location filename="../widgets/charts/HeatmapView.cpp" line="240"/>
        <source> (log10)</source>
        <translation>（log10）</translation>
    </message>
</context>
<context>
    <name>ts::widgets::ImportDialog</name>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="96"/>
        <source>Import a run</source>
        <translation>导入运行</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="106"/>
        <source>a folder of .pt / .pth / .safetensors files</source>
        <translation>包含 .pt / .pth / .safetensors 文件的文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="107"/>
        <source>TorchScript model (torch.jit.save)</source>
        <translation>TorchScript 模型（torch.jit.save）</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="108"/>
        <source>.pt, .safetensors or .npy with the splits</source>
        <translation>包含数据划分的 .pt、.safetensors 或 .npy</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="109"/>
        <source>optional: TensorBoard log folder or event file</source>
        <translation>可选：TensorBoard 日志文件夹或事件文件</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="110"/>
        <source>the run file to write</source>
        <translation>要写入的运行文件</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="117"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="119"/>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="120"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="133"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="141"/>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="142"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="142"/>
        <source>TorchScript (*.pt *.pth *.ts)</source>
        <translation>TorchScript (*.pt *.pth *.ts)</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="143"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="143"/>
        <source>Tensors (*.pt *.pth *.safetensors *.npy)</source>
        <translation>张量 (*.pt *.pth *.safetensors *.npy)</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="144"/>
        <source>TensorBoard</source>
        <translation>TensorBoard</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="145"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="146"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="153"/>
        <location filename="../widgets/importing/ImportDialog.cpp" line="211"/>
        <source>Choose the checkpoints, the model and the data.</source>
        <translation>请选择检查点、模型和数据。</translation>
    </message>
    <message>
        <location filename="../widgets/importing/ImportDialog.cpp" line="220"/>
        <source>Looking at the files…</source>
        <translation>正在检查文件…</translation>
    </message>
</context>
<context>
    <name>ts::widgets::InfluenceDialog</name>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="17"/>
        <source>Influence</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="23"/>
        <source>TracIn (sum over checkpoints)</source>
        <translation>TracIn（对检查点求和）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="24"/>
        <source>Influence function, EK-FAC curvature</source>
        <translation>影响函数，EK-FAC 曲率</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="25"/>
        <source>Influence function, conjugate gradients</source>
        <translation>影响函数，共轭梯度</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="26"/>
        <source>Influence function, exact Hessian (small models)</source>
        <translation>影响函数，精确 Hessian（小模型）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="27"/>
        <source>For one test example</source>
        <translation>针对一个测试样本</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="28"/>
        <source>Self-influence of every training example</source>
        <translation>每个训练样本的自影响</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="38"/>
        <source>exact gradients</source>
        <translation>精确梯度</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="51"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="53"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="54"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="56"/>
        <source>Test split</source>
        <translation>测试划分</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="57"/>
        <source>Test example (row)</source>
        <translation>测试样本（行）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="59"/>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="60"/>
        <source>Gradient projection (dimensions)</source>
        <translation>梯度投影（维数）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="61"/>
        <source>Damping (× mean eigenvalue)</source>
        <translation>阻尼（× 平均特征值）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="62"/>
        <source>Examples listed</source>
        <translation>列出的样本数</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="102"/>
        <source>Open a run with checkpoints first.</source>
        <translation>请先打开一个带检查点的运行。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InfluenceDialog.cpp" line="104"/>
        <source>The chosen run has no checkpoints.</source>
        <translation>所选运行没有检查点。</translation>
    </message>
</context>
<context>
    <name>ts::widgets::InfluenceRanking</name>
    <message>
        <location filename="../widgets/influence/InfluenceRanking.cpp" line="37"/>
        <source>Effect</source>
        <translation>作用</translation>
    </message>
    <message>
        <location filename="../widgets/influence/InfluenceRanking.cpp" line="37"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../widgets/influence/InfluenceRanking.cpp" line="37"/>
        <source>Example</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../widgets/influence/InfluenceRanking.cpp" line="37"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../widgets/influence/InfluenceRanking.cpp" line="37"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>ts::widgets::InterpolationDialog</name>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="20"/>
        <source>Interpolate checkpoints</source>
        <translation>插值检查点</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="47"/>
        <source>Layer-wise (one layer at a time)</source>
        <translation>逐层（每次一层）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="48"/>
        <source>LiNeS sweep (β = 1 − α)</source>
        <translation>LiNeS 扫描（β = 1 − α）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="49"/>
        <source>Train a Bézier curve</source>
        <translation>训练贝塞尔曲线</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="50"/>
        <source>Layer sharpness along the path</source>
        <translation>路径上的逐层尖锐度</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="54"/>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="59"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="62"/>
        <source>From run</source>
        <translation>起始运行</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="63"/>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="65"/>
        <source>at step</source>
        <translation>于步数</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="64"/>
        <source>To run</source>
        <translation>目标运行</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="66"/>
        <source>α from</source>
        <translation>α 起点</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="67"/>
        <source>α to</source>
        <translation>α 终点</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="68"/>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="119"/>
        <source>Open a run with checkpoints first.</source>
        <translation>请先打开一个带检查点的运行。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="121"/>
        <source>The chosen run has no checkpoints.</source>
        <translation>所选运行没有检查点。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/InterpolationDialog.cpp" line="123"/>
        <source>The α range is reversed or empty.</source>
        <translation>α 范围颠倒或为空。</translation>
    </message>
</context>
<context>
    <name>ts::widgets::LandscapeDialog</name>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="26"/>
        <source>Loss landscape</source>
        <translation>损失地形</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="38"/>
        <source>Random, filter-normalised (Li et al.)</source>
        <translation>随机，按滤波器归一化（Li 等人）</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="39"/>
        <source>PCA of the training trajectory</source>
        <translation>训练轨迹的 PCA</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="40"/>
        <source>Line through two checkpoints</source>
        <translation>经过两个检查点的直线</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="41"/>
        <source>Plane through three checkpoints</source>
        <translation>经过三个检查点的平面</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="42"/>
        <source>From a direction file (loss-landscape layout)</source>
        <translation>来自方向文件（loss-landscape 格式）</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="43"/>
        <source>Task vectors of other runs (merge landscape)</source>
        <translation>其他运行的任务向量（合并地形）</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="45"/>
        <source>Filter</source>
        <translation>按滤波器</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="46"/>
        <source>Layer</source>
        <translation>按层</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="47"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="48"/>
        <source>Include biases (normalised)</source>
        <translation>包含偏置（归一化）</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="64"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="75"/>
        <source>1-D slice</source>
        <translation>一维切片</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="96"/>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="100"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="102"/>
        <source>Fit the ranges to the training trajectory</source>
        <translation>使范围适配训练轨迹</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="105"/>
        <source>train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="106"/>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="109"/>
        <source>all samples</source>
        <translation>全部样本</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="113"/>
        <source>one surface of all samples</source>
        <translation>基于全部样本的单个曲面</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="114"/>
        <source>Compute the surface on K disjoint batches of the samples: their mean and a map of their standard deviation</source>
        <translation>在样本的 K 个互不相交的批次上计算曲面：它们的均值及其标准差图</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="123"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="126"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="127"/>
        <source>Centre checkpoint</source>
        <translation>中心检查点</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="128"/>
        <source>Directions</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="129"/>
        <source>Normalisation</source>
        <translation>归一化</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="131"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="132"/>
        <source>Checkpoint A</source>
        <translation>检查点 A</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="133"/>
        <source>Checkpoint B</source>
        <translation>检查点 B</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="134"/>
        <source>Checkpoint C</source>
        <translation>检查点 C</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="135"/>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="167"/>
        <source>Direction file</source>
        <translation>方向文件</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="136"/>
        <source>Task run A (x = λ₁)</source>
        <translation>任务运行 A（x = λ₁）</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="137"/>
        <source>Task run B (y = λ₂)</source>
        <translation>任务运行 B（y = λ₂）</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="138"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="139"/>
        <source>x range</source>
        <translation>x 范围</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="140"/>
        <source>y range</source>
        <translation>y 范围</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="142"/>
        <source>Data split</source>
        <translation>数据划分</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="143"/>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="144"/>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="167"/>
        <source>HDF5 files (*.h5 *.hdf5)</source>
        <translation>HDF5 文件 (*.h5 *.hdf5)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="227"/>
        <source>Open a run with checkpoints first.</source>
        <translation>请先打开一个带检查点的运行。</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="229"/>
        <source>The run has no checkpoints yet.</source>
        <translation>该运行还没有检查点。</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="232"/>
        <source>PCA of the trajectory needs at least three checkpoints.</source>
        <translation>轨迹的 PCA 至少需要三个检查点。</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="234"/>
        <source>Checkpoints A and B must differ.</source>
        <translation>检查点 A 和 B 必须不同。</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="237"/>
        <source>Checkpoint C must differ from A and B.</source>
        <translation>检查点 C 必须与 A、B 不同。</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="240"/>
        <source>Task vectors come from other runs than the base run: open the fine-tuned runs too.</source>
        <translation>任务向量来自基础运行以外的运行：请同时打开微调后的运行。</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="242"/>
        <source>Task runs A and B must differ.</source>
        <translation>任务运行 A 和 B 必须不同。</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="244"/>
        <source>Choose an existing direction file.</source>
        <translation>请选择一个已存在的方向文件。</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="248"/>
        <source>The x range is empty: its start must be below its end.</source>
        <translation>x 范围为空：起点必须小于终点。</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapeDialog.cpp" line="250"/>
        <source>The y range is empty: its start must be below its end.</source>
        <translation>y 范围为空：起点必须小于终点。</translation>
    </message>
</context>
<context>
    <name>ts::widgets::LandscapePanel</name>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="45"/>
        <source>The 3-D view needs OpenGL, which this display does not offer.</source>
        <translation>三维视图需要 OpenGL，但当前显示环境不支持。</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="54"/>
        <source>The value drawn as height and colour</source>
        <translation>以高度和颜色表示的数值</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="55"/>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="56"/>
        <source>Clip z at</source>
        <translation>z 截断于</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="62"/>
        <source>Wireframe</source>
        <translation>线框</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="63"/>
        <source>Show std</source>
        <translation>显示标准差</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="66"/>
        <source>contour levels, e.g. 0.5, 1, 2 (empty: automatic)</source>
        <translation>等高线值，例如 0.5, 1, 2（留空：自动）</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="67"/>
        <source>Reset camera</source>
        <translation>重置相机</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="69"/>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="396"/>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="421"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="73"/>
        <source>3-D view as PNG…</source>
        <translation>三维视图（PNG）…</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="73"/>
        <source>Contour map as PNG/SVG/PDF…</source>
        <translation>等高线图（PNG/SVG/PDF）…</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="74"/>
        <source>Slice as PNG/SVG/PDF…</source>
        <translation>切片（PNG/SVG/PDF）…</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="74"/>
        <source>Surface as VTP/VTS/OBJ/STL/CSV…</source>
        <translation>曲面（VTP/VTS/OBJ/STL/CSV）…</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="75"/>
        <source>Grid as CSV…</source>
        <translation>网格（CSV）…</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="75"/>
        <source>Slice as CSV…</source>
        <translation>切片（CSV）…</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="124"/>
        <source>Contour levels must be numbers separated by commas</source>
        <translation>等高线值必须是以逗号分隔的数字</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="165"/>
        <source>%1 × %2 grid, %3 of %4 points computed</source>
        <translation>%1 × %2 网格，已计算 %4 个点中的 %3 个</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="184"/>
        <source>%1 of %2 points computed</source>
        <translation>已计算 %2 个点中的 %1 个</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="218"/>
        <source>Dashed iso-lines of the standard deviation over the %1 batches the surface was computed on</source>
        <translation>曲面所基于的 %1 个批次之间标准差的虚线等值线</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="221"/>
        <source>Needs a surface computed over several batches (trainscope landscape --batches K)</source>
        <translation>需要在多个批次上计算的曲面（trainscope landscape --batches K）</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="318"/>
        <source>x = %1</source>
        <translation>x = %1</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="320"/>
        <source>, y = %1</source>
        <translation>，y = %1</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="321"/>
        <source>: %1 = %2</source>
        <translation>：%1 = %2</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="325"/>
        <source> ± %1 (std over %2 batches)</source>
        <translation> ± %1（%2 个批次的标准差）</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="337"/>
        <source>checkpoint at step %1: (%2, %3), loss %4, %5 from the plane</source>
        <translation>第 %1 步的检查点：(%2, %3)，损失 %4，距平面 %5</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="353"/>
        <source>%1: cannot write the PNG file</source>
        <translation>%1：无法写入 PNG 文件</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="373"/>
        <source>%1: figures are written as .png, .svg or .pdf</source>
        <translation>%1：图像只能保存为 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="386"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="388"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="390"/>
        <source>VTK polydata (*.vtp);;VTK structured grid (*.vts);;Wavefront OBJ (*.obj);;STL mesh (*.stl);;CSV grid (*.csv)</source>
        <translation>VTK 多边形数据 (*.vtp);;VTK 结构化网格 (*.vts);;Wavefront OBJ (*.obj);;STL 三角网格 (*.stl);;CSV 网格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="393"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/LandscapePanel.cpp" line="423"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>ts::widgets::LatexExportDialog</name>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="14"/>
        <source>LaTeX export options</source>
        <translation>LaTeX 导出选项</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="21"/>
        <source> cm</source>
        <translation> 厘米</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="29"/>
        <source>Standalone document (compiles with pdflatex)</source>
        <translation>独立文档（可用 pdflatex 编译）</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="30"/>
        <source>tikzpicture to \input into a paper</source>
        <translation>用 \input 插入论文的 tikzpicture</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="33"/>
        <source>Inline in the .tex file</source>
        <translation>内嵌在 .tex 文件中</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="34"/>
        <source>In .dat files beside the .tex file</source>
        <translation>在 .tex 文件旁的 .dat 文件中</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="37"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="38"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="39"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../widgets/export/LatexExportDialog.cpp" line="40"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
</context>
<context>
    <name>ts::widgets::LogView</name>
    <message>
        <location filename="../widgets/log/LogView.cpp" line="19"/>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../widgets/log/LogView.cpp" line="20"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../widgets/log/LogView.cpp" line="21"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ts::widgets::MergeDialog</name>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="24"/>
        <source>Merge runs</source>
        <translation>合并运行</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="41"/>
        <source>Weighted average</source>
        <translation>加权平均</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="42"/>
        <source>Task arithmetic (θ₀ + λ Σ τᵢ)</source>
        <translation>任务算术（θ₀ + λ Σ τᵢ）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="43"/>
        <source>TIES (trim, elect sign, disjoint merge)</source>
        <translation>TIES（修剪、选择符号、不相交合并）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="44"/>
        <source>DARE (drop and rescale)</source>
        <translation>DARE（丢弃并重新缩放）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="63"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="72"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="75"/>
        <source>Runs (last checkpoints)</source>
        <translation>运行（最后的检查点）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="76"/>
        <source>Base run θ₀</source>
        <translation>基础运行 θ₀</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="77"/>
        <source>Base checkpoint</source>
        <translation>基础检查点</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="78"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="79"/>
        <source>Scale λ</source>
        <translation>缩放 λ</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="80"/>
        <source>TIES: fraction kept</source>
        <translation>TIES：保留比例</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="81"/>
        <source>DARE: drop probability</source>
        <translation>DARE：丢弃概率</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="82"/>
        <source>DARE: seed</source>
        <translation>DARE：随机种子</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="83"/>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="96"/>
        <source>Merged run file</source>
        <translation>合并后的运行文件</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="96"/>
        <source>Run files (*.h5)</source>
        <translation>运行文件 (*.h5)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="135"/>
        <source>Open at least two runs of one architecture first.</source>
        <translation>请先打开至少两个相同架构的运行。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="137"/>
        <source>Choose at least two runs to merge.</source>
        <translation>请选择至少两个要合并的运行。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="139"/>
        <source>The base run has no checkpoints.</source>
        <translation>基础运行没有检查点。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="141"/>
        <source>Choose where to write the merged run.</source>
        <translation>请选择合并运行的保存位置。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/MergeDialog.cpp" line="145"/>
        <source>The merged run must not overwrite an open run.</source>
        <translation>合并运行不得覆盖已打开的运行。</translation>
    </message>
</context>
<context>
    <name>ts::widgets::PathwayDashboard</name>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="66"/>
        <source>All samples</source>
        <translation>所有样本</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="66"/>
        <source>Memorised</source>
        <translation>已记忆</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="66"/>
        <source>Not memorised</source>
        <translation>未记忆</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="69"/>
        <source>Specialisation</source>
        <translation>专门化</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="69"/>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="72"/>
        <source>Search id, label or pathway</source>
        <translation>搜索编号、标签或路径</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="81"/>
        <source>Split</source>
        <translation>数据划分</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="82"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="83"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="84"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="96"/>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="247"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="105"/>
        <source>Hide edges used by fewer samples than this</source>
        <translation>隐藏使用样本数少于此值的边</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="110"/>
        <source>Min. edge samples</source>
        <translation>边的最少样本数</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="136"/>
        <source>Train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="136"/>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="137"/>
        <source>Pathway distance D_path</source>
        <translation>路径距离 D_path</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="137"/>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="386"/>
        <source>Consistency and adjacent cosine</source>
        <translation>一致性与相邻层余弦</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="138"/>
        <source>Routing entropy (nats)</source>
        <translation>路由熵（nats）</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="138"/>
        <source>Distinct pathways</source>
        <translation>不同路径数</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="145"/>
        <source>Metrics over training</source>
        <translation>训练过程中的指标</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="148"/>
        <source>Distance matrix</source>
        <translation>距离矩阵</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="196"/>
        <source>All splits</source>
        <translation>所有数据划分</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="200"/>
        <source>All labels</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="247"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="334"/>
        <source>%n sample(s) in the graph</source>
        <translation>
            <numerusform>图中有 %n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="335"/>
        <source>Metrics: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="342"/>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="379"/>
        <source>train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="380"/>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="387"/>
        <source>Adjacent cosine</source>
        <translation>相邻层余弦</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="389"/>
        <source>Consistency is undefined: %1</source>
        <translation>一致性未定义：%1</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="418"/>
        <source>Pathway distance at step %1 (%2 samples, clustered order)</source>
        <translation>第 %1 步的路径距离（%2 个样本，按聚类排序）</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayDashboard.cpp" line="421"/>
        <source>sample (clustered order)</source>
        <translation>样本（按聚类排序）</translation>
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
        <translation>第 %1 层，专家 %2：%4 个样本中的 %3 个（%5%）</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayGraphView.cpp" line="195"/>
        <source>mostly %1 %2 (%3% of them)</source>
        <translation>主要为%1 %2（占 %3%）</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayGraphView.cpp" line="196"/>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayGraphView.cpp" line="221"/>
        <source>No routing to show</source>
        <translation>没有可显示的路由</translation>
    </message>
    <message>
        <location filename="../widgets/pathways/PathwayGraphView.cpp" line="272"/>
        <location filename="../widgets/pathways/PathwayGraphView.cpp" line="276"/>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
</context>
<context>
    <name>ts::widgets::RunBrowser</name>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="99"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="52"/>
        <source>Close run</source>
        <translation>关闭运行</translation>
    </message>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="59"/>
        <source>Filter runs by name, task or model</source>
        <translation>按名称、任务或模型筛选运行</translation>
    </message>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="60"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="60"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="60"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="60"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="60"/>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="60"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/runs/RunBrowser.cpp" line="94"/>
        <source>%n parameters</source>
        <translation>
            <numerusform>%n 个参数</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/runs/RunBrowser.cpp" line="95"/>
        <source>Metrics: %1</source>
        <translation>指标：%1</translation>
    </message>
</context>
<context>
    <name>ts::widgets::SharpnessDialog</name>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="16"/>
        <source>Sharpness</source>
        <translation>尖锐度</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="32"/>
        <source>Hutchinson trace</source>
        <translation>Hutchinson 迹估计</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="33"/>
        <source>Eigenvalue density (last checkpoint)</source>
        <translation>特征值密度（最后一个检查点）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="34"/>
        <source>Per layer</source>
        <translation>逐层</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="39"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="41"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="42"/>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="43"/>
        <source>Every k-th checkpoint</source>
        <translation>每隔 k 个检查点</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="44"/>
        <source>Top eigenvalues</source>
        <translation>最大特征值个数</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="45"/>
        <source>Power iterations</source>
        <translation>幂迭代次数</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="65"/>
        <source>All (over training)</source>
        <translation>全部（训练过程）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="79"/>
        <source>Open a run with checkpoints first.</source>
        <translation>请先打开一个带检查点的运行。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SharpnessDialog.cpp" line="81"/>
        <source>The chosen run has no checkpoints.</source>
        <translation>所选运行没有检查点。</translation>
    </message>
</context>
<context>
    <name>ts::widgets::SliceChartView</name>
    <message>
        <location filename="../widgets/landscape/SliceChartView.cpp" line="85"/>
        <source> along %1 at y = %2</source>
        <translation> 沿%1（y = %2 处）</translation>
    </message>
    <message>
        <location filename="../widgets/landscape/SliceChartView.cpp" line="144"/>
        <source>checkpoints</source>
        <translation>检查点</translation>
    </message>
</context>
<context>
    <name>ts::widgets::Surface3DView</name>
    <message>
        <location filename="../widgets/landscape/Surface3DView.cpp" line="129"/>
        <source>%1: cannot write the PNG file</source>
        <translation>%1：无法写入 PNG 文件</translation>
    </message>
</context>
<context>
    <name>ts::widgets::SweepDialog</name>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="17"/>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="27"/>
        <source>the demo&apos;s seed</source>
        <translation>演示的种子</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="28"/>
        <source>Several seeds, e.g. 1,2,3: every value is trained once per seed and drawn as mean ± std over the seeds</source>
        <translation>多个种子，例如 1,2,3：每个取值对每个种子各训练一次，并绘制为各种子上的均值 ± 标准差</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="31"/>
        <source>the demo&apos;s</source>
        <translation>演示默认值</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="37"/>
        <source>Run sweep</source>
        <translation>运行扫描</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="39"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="40"/>
        <source>Vary</source>
        <translation>变化参数</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="41"/>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="42"/>
        <source>Seeds</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="43"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="44"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="86"/>
        <source>Give at least one value.</source>
        <translation>请至少给出一个取值。</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="90"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="95"/>
        <source>Seeds are whole numbers ≥ 0, not &apos;%1&apos;</source>
        <translation>种子须为 ≥ 0 的整数，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="98"/>
        <source>A sweep of the seed takes no further seeds.</source>
        <translation>对种子本身的扫描不能再指定种子。</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/SweepDialog.cpp" line="100"/>
        <source>Choose a folder for the runs.</source>
        <translation>请为运行选择一个文件夹。</translation>
    </message>
</context>
<context>
    <name>ts::widgets::TicketsDialog</name>
    <message>
        <location filename="../widgets/grokking/TicketsDialog.cpp" line="16"/>
        <source>Grokking tickets</source>
        <translation>顿悟彩票</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/TicketsDialog.cpp" line="25"/>
        <source>Also train the controls (mask at memorisation, random mask)</source>
        <translation>同时训练对照（记忆时的掩码、随机掩码）</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/TicketsDialog.cpp" line="27"/>
        <source>Prunes the last checkpoint by |w| (one global threshold), rewinds the kept weights to initialisation and retrains with the run&apos;s settings.</source>
        <translation>按 |w| 剪枝最后一个检查点（单一全局阈值），将保留的权重回退到初始化，并用该运行的设置重新训练。</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/TicketsDialog.cpp" line="32"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/TicketsDialog.cpp" line="35"/>
        <source>Dense run</source>
        <translation>稠密运行</translation>
    </message>
    <message>
        <location filename="../widgets/grokking/TicketsDialog.cpp" line="36"/>
        <source>Fraction kept</source>
        <translation>保留比例</translation>
    </message>
</context>
<context>
    <name>ts::widgets::TrainingProgressPanel</name>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="59"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="59"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="60"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="61"/>
        <source>Pace &amp;limit</source>
        <translation>速度上限(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="62"/>
        <source> steps/s</source>
        <translation> 步/秒</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="63"/>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="64"/>
        <source>For demos: train at most this many steps per second, so that an audience can follow the curves. The run is the same, only slower.</source>
        <translation>用于演示：每秒最多训练这么多步，让听众能跟上曲线。运行结果相同，只是更慢。</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="67"/>
        <source>Training %1</source>
        <translation>正在训练 %1</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="69"/>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="113"/>
        <source>No training running</source>
        <translation>没有正在进行的训练</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="101"/>
        <source>ETA %1 min %2 s</source>
        <translation>剩余 %1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingProgressPanel.cpp" line="101"/>
        <source>ETA %1 s</source>
        <translation>剩余 %1 秒</translation>
    </message>
</context>
<context>
    <name>ts::widgets::TrainingRunDialog</name>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="46"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="47"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="48"/>
        <source>use true or false</source>
        <translation>请使用 true 或 false</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="49"/>
        <source>&apos;%1&apos; is not one of the choices</source>
        <translation>“%1”不在可选项中</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="50"/>
        <source>use comma-separated whole numbers, e.g. 128,64</source>
        <translation>请使用逗号分隔的整数，例如 128,64</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="51"/>
        <source>every width must be positive</source>
        <translation>每个宽度都必须为正</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="52"/>
        <source>must be at least %1</source>
        <translation>必须至少为 %1</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="53"/>
        <source>must be greater than %1</source>
        <translation>必须大于 %1</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="54"/>
        <source>must be at most %1</source>
        <translation>最多为 %1</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="55"/>
        <source>must be less than %1</source>
        <translation>必须小于 %1</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="63"/>
        <source>New training run</source>
        <translation>新建训练运行</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="67"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="69"/>
        <source>Demo: %1</source>
        <translation>演示：%1</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="85"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="94"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="97"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="98"/>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="179"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="99"/>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="179"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="104"/>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="113"/>
        <source>Run file</source>
        <translation>运行文件</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="113"/>
        <source>Run files (*.h5)</source>
        <translation>运行文件 (*.h5)</translation>
    </message>
    <message>
        <location filename="../widgets/training/TrainingRunDialog.cpp" line="179"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
</context>
<context>
    <name>ts::widgets::TransportBar</name>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="86"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="86"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="88"/>
        <source>Play or pause the replay (Space)</source>
        <translation>播放或暂停回放（空格键）</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="89"/>
        <source>Back to the previous logged step</source>
        <translation>回到上一个记录的步</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="90"/>
        <source>On to the next logged step</source>
        <translation>前进到下一个记录的步</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="91"/>
        <source>&amp;Speed</source>
        <translation>速度(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="92"/>
        <source>1× replays the whole run in %1 seconds</source>
        <translation>1× 在 %1 秒内回放整个运行</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="94"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="95"/>
        <source>Drag to move the replay to any step</source>
        <translation>拖动以将回放移到任意步</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="96"/>
        <source>End the replay and show the whole run again</source>
        <translation>结束回放并重新显示整个运行</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="98"/>
        <source>Jump to %1</source>
        <translation>跳到 %1</translation>
    </message>
    <message>
        <location filename="../widgets/replay/TransportBar.cpp" line="261"/>
        <source>step %1 / %2</source>
        <translation>第 %1 步 / 共 %2 步</translation>
    </message>
</context>
</TS>
