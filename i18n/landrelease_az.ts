<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="az" sourcelanguage="en">
<context>
    <name>AddHazards</name>
    <message>
        <location filename="../processing/addhazards.py" line="33" />
        <source>Add hazards to the database</source>
        <translation>Təhlükəli əraziləri məlumat bazasına əlavə et</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="35" />
        <source>Hazardous areas</source>
        <translation>Təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="39" />
        <source>Adds new hazardous areas, such as the results of Delineate CHA or Delineate SHA, to the hazard layer of a land release database, with their turning points, in one transaction: all are added or none, each insert in the edit log.

INPUT: polygons with the fields of the hazard layer (hazard_id, classification, status, district, parent_id...); other fields are left out. Each polygon must be valid and in one part.
POINTS: optional turning points (Delineate CHA's OUTPUT_POINTS) naming their hazard in owner_id or hazard_id, with point_type and seq; they become the hazard's survey points.
TARGET: the hazard layer of the land release database (GeoPackage or PostGIS) to add to.

A hazard_id that the database already holds (a second run of Delineate CHA numbers from 0001 again) gets the next free number of its series, and its points follow; the log lists each renumbered id. The estimated and remaining areas are the ellipsoidal areas, status open unless given. Nothing is written when one hazard is refused: the message names it and says why.</source>
        <translation>Yeni təhlükəli əraziləri, məsələn, TTƏ və ya ŞTƏ müəyyənləşdirilməsinin nəticələrini, dönmə nöqtələri ilə birlikdə ərazinin azad edilməsi məlumat bazasının təhlükəli ərazilər layına bir tranzaksiyada əlavə edir: ya hamısı əlavə olunur, ya heç biri; hər əlavə dəyişiklik jurnalına yazılır.

INPUT: təhlükəli ərazilər layının sahələri olan poliqonlar (hazard_id, classification, status, district, parent_id...); digər sahələr götürülmür. Hər poliqon düzgün və bir hissədən ibarət olmalıdır.
POINTS: istəyə bağlı dönmə nöqtələri (TTƏ müəyyənləşdirilməsinin OUTPUT_POINTS nəticəsi), öz təhlükəli ərazisini owner_id və ya hazard_id-də, point_type və seq ilə göstərir; onlar təhlükəli ərazinin tədqiqat nöqtələri olur.
TARGET: əlavə ediləcək ərazinin azad edilməsi məlumat bazasının (GeoPackage və ya PostGIS) təhlükəli ərazilər layı.

Məlumat bazasında artıq olan hazard_id (TTƏ müəyyənləşdirilməsinin ikinci icrası yenə 0001-dən nömrələyir) öz seriyasının növbəti boş nömrəsini alır, nöqtələri də onunla gedir; jurnal hər yenidən nömrələnmiş id-ni sadalayır. Təxmini və qalan sahələr ellipsoidal sahələrdir, status verilməyibsə açıqdır. Bir təhlükəli ərazi rədd edilərsə heç nə yazılmır: mesaj onu adlandırır və səbəbini deyir.</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="65" />
        <source>New hazards</source>
        <translation>Yeni təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="66" />
        <source>Their turning points</source>
        <translation>Onların dönmə nöqtələri</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="69" />
        <source>Hazard layer of the land release database</source>
        <translation>Ərazinin azad edilməsi məlumat bazasının təhlükəli ərazilər layı</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="72" />
        <source>Hazards added</source>
        <translation>Əlavə edilmiş təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="73" />
        <source>Hazard ids renumbered</source>
        <translation>Yenidən nömrələnmiş təhlükəli ərazi id-ləri</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="81" />
        <source>INPUT has no hazard to add.</source>
        <translation>INPUT-da əlavə ediləcək təhlükəli ərazi yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="91" />
        <source>{} is already in the database: added as {}.</source>
        <translation>{} artıq məlumat bazasındadır: {} kimi əlavə edildi.</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="99" />
        <source>INPUT: nothing was added:
{}</source>
        <translation>INPUT: heç nə əlavə edilmədi:
{}</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="102" />
        <source>{} hazard(s) added to {}: {}</source>
        <translation>{} təhlükəli ərazi {} layına əlavə edildi: {}</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="115" />
        <source>TARGET must be the hazard layer of a land release database (GeoPackage or PostGIS): open the database with Land Release ▸ Open Database… and choose its hazard layer.</source>
        <translation>TARGET ərazinin azad edilməsi məlumat bazasının (GeoPackage və ya PostGIS) təhlükəli ərazilər layı olmalıdır: məlumat bazasını Ərazinin azad edilməsi ▸ Məlumat bazasını aç… ilə açın və onun təhlükəli ərazilər layını seçin.</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="146" />
        <source>INPUT has no field hazard_id: give the hazards their ids first.</source>
        <translation>INPUT-da hazard_id sahəsi yoxdur: əvvəlcə təhlükəli ərazilərə id verin.</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="150" />
        <source>feature {}</source>
        <translation>obyekt {}</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="155" />
        <source>INPUT: {} has no finite coordinates (NaN or infinite); nothing was added.</source>
        <translation>INPUT: {} sonlu koordinatlara malik deyil (NaN və ya sonsuz); heç nə əlavə edilmədi.</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="160" />
        <source>INPUT: {} has no polygon; nothing was added.</source>
        <translation>INPUT: {} poliqona malik deyil; heç nə əlavə edilmədi.</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="175" />
        <source>POINTS has neither owner_id nor hazard_id: which hazard is a point of?</source>
        <translation>POINTS-də nə owner_id, nə də hazard_id var: nöqtə hansı təhlükəli əraziyə aiddir?</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="186" />
        <source>point {} of {}</source>
        <translation>nöqtə {} ({} ərazisi)</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="205" />
        <source>INPUT: {} lie(s) outside the programme's area ({}): check their coordinates and CRS; nothing was added.</source>
        <translation>INPUT: {} proqramın ərazisindən kənardadır ({}): koordinatlarını və koordinat sistemini yoxlayın; heç nə əlavə edilmədi.</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="216" />
        <source>{}: {} cannot be brought into the database's CRS.</source>
        <translation>{}: {} məlumat bazasının koordinat sisteminə keçirilə bilmir.</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="227" />
        <source>{}: {} has no finite coordinates (NaN or infinite); nothing was added.</source>
        <translation>{}: {} sonlu koordinatlara malik deyil (NaN və ya sonsuz); heç nə əlavə edilmədi.</translation>
    </message>
</context>
<context>
    <name>AreaReport</name>
    <message>
        <location filename="../processing/areareport.py" line="40" />
        <source>Area report (PDF and CSV)</source>
        <translation>Ərazi hesabatı (PDF və CSV)</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="42" />
        <source>Tasking and reports</source>
        <translation>Tapşırıqlar və hesabatlar</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="45" />
        <source>Prints the land release report of a period: hazardous areas (SHA and CHA, count and area), land released by outcome and by method, remaining area and items found, per district and in total, with the progress by month and an overview map (PDF), and the per-district table (CSV).

HAZARDS: the hazardous areas (hazard_id, classification, district).
RELEASES: the land releases (outcome, end_date, method, hazard_id, qa_status, ap_found, at_found, uxo_found, cm_found).
DISTRICTS: optional district polygons (code, name, name_en).
FROM, TO: optional dates of the period (both included).
DISTRICT: optional, one district only (its code or name).
ORGANISATION: optional, printed on the title page.
LANGUAGE: the language the PDF is printed in (default: the interface language of QGIS). The CSV keeps its English column names.
OFFICIAL: which releases count, as in the land release summary. Off (default, operational figures): every saved release except failed ones (an empty qa_status is pending). On (official figures): only releases passed by quality management; RELEASES then needs the field qa_status. A release that failed quality management review counts in no figure, items found included. The report says under its title which figures it prints. Pending review (pending_m2 in the CSV): at the end of the period, the ground released only by releases not yet reviewed, counted once per hazard; official figures count it as remaining, operational figures as released.

The figures are those of the land release summary (the same accounting): remaining = the summary as of TO; released in the period = the summary as of TO minus the summary as of the day before FROM. So a release that ended before FROM is not in the released figures, but its ground is not remaining. When ground released before the period gets a stronger outcome in it (reduced, then cleared), it moves from one outcome to the other: an outcome of the period can then be negative; their sum never is.

Every hazard is accounted on its own, as in the summary: a CHA usually lies inside an SHA, so the area columns are given per classification (SHA, CHA) and their sum counts that ground twice; hazard_ground_m2 and remaining_ground_m2 count it once (area of the union of the district's hazards).

District of a hazard: its district field (a district code or name) when set, else the district polygon holding most of it, else 'Unknown district'. District of a release: that of the hazard its hazard_id names, else of the hazard holding most of it, else the district polygon holding most of it. Items found and the number of releases count the releases that ended in the period and count (see OFFICIAL).

OUTPUT: the PDF report. OUTPUT_CSV: the per-district table (UTF-8, one row per district and a TOTAL row; areas in ellipsoidal m²). Both are written under temporary names and moved into place at the end: a cancelled or failed run leaves them as they were. Releases ending after today count nowhere, as in the land release summary.</source>
        <translation>Dövrün ərazinin azad edilməsi hesabatını çap edir: təhlükəli ərazilər (ŞTƏ və TTƏ, say və sahə), nəticə və üsul üzrə azad edilmiş ərazi, qalan sahə və tapılan sursat, rayonlar üzrə və cəmi, aylar üzrə irəliləyiş və icmal xəritəsi ilə (PDF), həmçinin rayonlar üzrə cədvəl (CSV).

HAZARDS: təhlükəli ərazilər (hazard_id, classification, district).
RELEASES: azad edilmiş ərazilər (outcome, end_date, method, hazard_id, qa_status, ap_found, at_found, uxo_found, cm_found).
DISTRICTS: istəyə bağlı rayon poliqonları (code, name, name_en).
FROM, TO: dövrün istəyə bağlı tarixləri (hər ikisi daxil).
DISTRICT: istəyə bağlı, yalnız bir rayon (onun kodu və ya adı).
ORGANISATION: istəyə bağlı, titul səhifəsində çap olunur.
LANGUAGE: PDF-in çap olunduğu dil (standart: QGIS interfeysinin dili). CSV ingiliscə sütun adlarını saxlayır.
OFFICIAL: ərazinin azad edilməsi üzrə yekunda olduğu kimi, hansı azad edilmələrin sayıldığı. Söndürülüb (standart, əməliyyat göstəriciləri): yoxlamadan keçməyənlərdən başqa hər qeydə alınmış azad edilmə (boş qa_status gözləmədə sayılır). Yandırılıb (rəsmi göstəricilər): yalnız keyfiyyət idarəetməsinin yoxlamasından keçmiş azad edilmələr; bu halda RELEASES-də qa_status sahəsi olmalıdır. Keyfiyyət idarəetməsinin yoxlamasından keçməyən azad edilmə heç bir göstəricidə, tapılan sursat da daxil olmaqla, sayılmır. Hesabat başlığın altında hansı göstəriciləri çap etdiyini yazır. Yoxlama gözləyən (CSV-də pending_m2): dövrün sonunda yalnız hələ yoxlanılmamış azad edilmələrlə azad edilmiş torpaq, hər təhlükəli ərazi üçün bir dəfə sayılır; rəsmi göstəricilər onu qalan, əməliyyat göstəriciləri isə azad edilmiş kimi sayır.

Rəqəmlər ərazinin azad edilməsi üzrə yekunun rəqəmləridir (eyni hesablama): qalan = TO tarixinə olan yekun; dövr ərzində azad edilən = TO tarixinə olan yekun çıxılsın FROM-dan əvvəlki günə olan yekun. Beləliklə, FROM-dan əvvəl başa çatmış azad edilmə azad edilmiş rəqəmlərə daxil deyil, lakin onun torpağı qalan da deyil. Dövrdən əvvəl azad edilmiş torpaq dövr ərzində daha güclü nəticə aldıqda (əvvəl azaldılmış, sonra təmizlənmiş), bir nəticədən digərinə keçir: dövrün bir nəticəsi onda mənfi ola bilər; onların cəmi heç vaxt.

Yekunda olduğu kimi, hər təhlükəli ərazi ayrıca hesablanır: TTƏ adətən ŞTƏ-nin daxilində olur, ona görə sahə sütunları təsnifat üzrə (ŞTƏ, TTƏ) verilir və onların cəmi həmin torpağı iki dəfə sayır; hazard_ground_m2 və remaining_ground_m2 onu bir dəfə sayır (rayonun təhlükəli ərazilərinin birləşməsinin sahəsi).

Təhlükəli ərazinin rayonu: təyin edilibsə, onun district sahəsi (rayon kodu və ya adı), yoxdursa, onun böyük hissəsini əhatə edən rayon poliqonu, o da yoxdursa, 'Unknown district'. Azad edilmənin rayonu: hazard_id-nin göstərdiyi təhlükəli ərazinin rayonu, yoxdursa, onun böyük hissəsini əhatə edən təhlükəli ərazinin rayonu, o da yoxdursa, onun böyük hissəsini əhatə edən rayon poliqonu. Tapılan sursat və azad edilmələrin sayı dövr ərzində başa çatmış və sayılan azad edilmələri sayır (bax: OFFICIAL).

OUTPUT: PDF hesabat. OUTPUT_CSV: rayonlar üzrə cədvəl (UTF-8, hər rayon üçün bir sətir və TOTAL sətri; sahələr ellipsoidal m² ilə). İkisi də müvəqqəti adlarla yazılır və sonda öz yerinə köçürülür: ləğv edilmiş və ya uğursuz icra onları olduğu kimi saxlayır. Bu gündən sonra başa çatan azad edilmələr, ərazinin azad edilməsi üzrə yekunda olduğu kimi, heç yerdə sayılmır.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="102" />
        <source>Interface language</source>
        <translation>İnterfeys dili</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="104" />
        <source>Hazardous areas</source>
        <translation>Təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="105" />
        <source>Land releases</source>
        <translation>Azad edilmiş ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="106" />
        <source>Districts</source>
        <translation>Rayonlar</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="107" />
        <source>From (date, optional)</source>
        <translation>Başlanğıc (tarix, istəyə bağlı)</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="108" />
        <source>To (date, optional)</source>
        <translation>Son (tarix, istəyə bağlı)</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="109" />
        <source>Only this district (code or name)</source>
        <translation>Yalnız bu rayon (kod və ya ad)</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="110" />
        <source>Organisation (title page)</source>
        <translation>Təşkilat (titul səhifəsi)</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="111" />
        <source>Language of the report</source>
        <translation>Hesabatın dili</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="114" />
        <source>Official figures: only releases passed by quality management count</source>
        <translation>Rəsmi göstəricilər: yalnız keyfiyyət idarəetməsinin yoxlamasından keçmiş azad edilmələr sayılır</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="116" />
        <source>Report (PDF)</source>
        <translation>Hesabat (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="116" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="118" />
        <source>Per-district table (CSV)</source>
        <translation>Rayonlar üzrə cədvəl (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="118" />
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="132" />
        <source>RELEASES has no field {}: the land releases need the fields outcome (cancelled, reduced or cleared) and end_date.</source>
        <translation>RELEASES-də {} sahəsi yoxdur: azad edilmiş ərazilərdə outcome (cancelled, reduced və ya cleared) və end_date sahələri olmalıdır.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="140" />
        <source>HAZARDS has no features: there is nothing to report.</source>
        <translation>HAZARDS layında obyekt yoxdur: hesabat veriləcək heç nə yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="167" />
        <source>Working CRS: {}</source>
        <translation>İş koordinat sistemi: {}</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="272" />
        <source>DISTRICT: unknown district '{}'. Known districts: {}.</source>
        <translation>DISTRICT: naməlum rayon '{}'. Məlum rayonlar: {}.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="273" />
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="345" />
        <source>Cancelled: no report was written (OUTPUT and OUTPUT_CSV are left as they were).</source>
        <translation>Ləğv edildi: heç bir hesabat yazılmadı (OUTPUT və OUTPUT_CSV olduğu kimi qaldı).</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="362" />
        <source>{}: {} of {}</source>
        <translation>{}: {} sahəsi, {}</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="366" />
        <source>{}: text that no file can hold (an unpaired surrogate): correct it.</source>
        <translation>{}: heç bir faylın saxlaya bilmədiyi mətn (cütsüz surroqat): onu düzəldin.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="386" />
        <source>RELEASES: {} release(s) end after today: not counted: {}.</source>
        <translation>RELEASES: {} azad edilmə bu gündən sonra başa çatır: sayılmır: {}.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="387" />
        <source>RELEASES: {} end_date(s) are no date: not counted: {}.</source>
        <translation>RELEASES: {} end_date tarix deyil: sayılmır: {}.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="388" />
        <source>RELEASES: {} release(s) ended before 1988: check the date: {}.</source>
        <translation>RELEASES: {} azad edilmə 1988-ci ildən əvvəl başa çatıb: tarixi yoxlayın: {}.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="404" />
        <source>{} must be a polygon layer.</source>
        <translation>{} poliqon layı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="407" />
        <source>{} has no valid CRS: set its CRS first.</source>
        <translation>{} layının etibarlı koordinat sistemi yoxdur: əvvəlcə onun koordinat sistemini təyin edin.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="419" />
        <source>FROM ({}) is after TO ({}).</source>
        <translation>FROM ({}) TO-dan ({}) sonradır.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="431" />
        <source>{} is not a date: {}</source>
        <translation>{} tarix deyil: {}</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="457" />
        <source>{} district(s); {} SHA ({:.2f} ha), {} CHA ({:.2f} ha); released in the period {:.2f} ha ({:.2f} cancelled, {:.2f} reduced, {:.2f} cleared); remaining {:.2f} ha; pending review {:.2f} ha; {} release(s); items found AP {}, AT {}, UXO {}, CM {}; {} page(s).</source>
        <translation>{} rayon; {} ŞTƏ ({:.2f} ha), {} TTƏ ({:.2f} ha); dövr ərzində azad edilib {:.2f} ha ({:.2f} ləğv edilmiş, {:.2f} azaldılmış, {:.2f} təmizlənmiş); qalıb {:.2f} ha; yoxlama gözləyir {:.2f} ha; {} azad edilmə; tapılan PƏM {}, TƏM {}, PHS {}, KS {}; {} səhifə.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="482" />
        <source>No land release in this period.</source>
        <translation>Bu dövrdə ərazinin azad edilməsi olmayıb.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="486" />
        <source>The accounting met {} issue(s) (overlaps, releases outside hazards...): run the land release summary to see them.</source>
        <translation>Hesablamada {} problem aşkarlandı (üst-üstə düşmələr, təhlükəli ərazilərdən kənar azad edilmələr...): onları görmək üçün ərazinin azad edilməsi üzrə yekunu işə salın.</translation>
    </message>
</context>
<context>
    <name>CheckData</name>
    <message>
        <location filename="../processing/checkdata.py" line="45" />
        <source>Check land release data</source>
        <translation>Ərazinin azad edilməsi məlumatlarını yoxla</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="47" />
        <source>Data quality</source>
        <translation>Məlumatların keyfiyyəti</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="51" />
        <source>Checks hazards, land releases and evidence and writes one point per problem found, with its code, severity (error or warning), layer, feature_id (the feature's hazard_id, release_id or evidence_id; else its feature id), input_fid (its feature id) and a message.

Give at least one of HAZARDS, RELEASES and EVIDENCE; the checks between layers run when both layers are given. Everything is compared in metres, in the CRS of the first input (or its UTM zone when it is geographic).

Errors: invalid_geometry (with the reason and place GEOS reports, or no geometry), too_few_vertices (a ring with fewer than 3 distinct vertices), duplicate_id, missing_field (a field the data model requires is empty, or the layer lacks it), date_order (end_date before start_date; status_changed_on before recorded_on), release_outside_hazard (more than 1 m² and 0.1 % of a release outside every hazard), release_larger_than_hazard (a release larger than the hazard it names), unknown_hazard (a release naming no hazard), outside_area (a vertex, or the point, outside the programme's area: the extent of the layer's land release database's districts plus 10 km, or without districts the area of use of the layer's CRS, for UTM its zone; a swapped latitude and longitude, a decimal comma or a wrong UTM or Gauss–Krüger zone puts a point thousands of kilometres away), bad_code (a value outside its code list: outcome 'burnt'), bad_date (a date after today, or text that is no date in the form YYYY-MM-DD: '31.02.2020', also as stored in a GeoPackage, where QGIS shows it empty), multipart (a feature of more than one part), area_mismatch (estimated_area_m2 or area_m2 empty or more than 0.1 % from the WGS 84 area of the geometry), remaining_mismatch (a hazard's remaining_area_m2 or status not what its releases give as of today, releases ending later not counted: give the whole RELEASES layer), log_mismatch (the edit log of the layers' land release database does not match its rows: a row changed, added or deleted without its entry, an entry out of order or missing, a log trigger missing or altered, an entry changed after it was sealed).
Warnings: duplicate_geometry (equal within 1 cm), long_segment (longer than 5 km: a vertex in the wrong place), overlap (hazards of the same classification sharing more than 0.9 % of the smaller), cha_without_evidence (a CHA with no direct evidence point inside), missing_district, bad_date before 1988, remaining_mismatch of a hazard whose figures wait to be recomputed (remaining empty, status unknown).

The edit log of a GeoPackage is sealed in a hash chain: each run verifies the entries sealed before, seals the newer ones and writes the chain's head in the log; keep that line outside the database to prove later that the log was not rewritten.

Features with invalid geometry are always read, whatever the Processing setting for invalid geometries.</source>
        <translation>Təhlükəli əraziləri, azad edilmiş əraziləri və sübutları yoxlayır və tapılan hər problem üçün bir nöqtə yazır: kodu, ciddiliyi (error – xəta və ya warning – xəbərdarlıq), layı, feature_id (obyektin hazard_id, release_id və ya evidence_id dəyəri; yoxdursa obyekt nömrəsi), input_fid (obyekt nömrəsi) və mesaj.

HAZARDS, RELEASES və EVIDENCE-dən ən azı birini verin; laylar arasındakı yoxlamalar hər iki lay verildikdə aparılır. Hər şey metrlə, birinci girişin koordinat sistemində (coğrafidirsə, onun UTM zonasında) müqayisə olunur.

Xətalar: invalid_geometry (GEOS-un bildirdiyi səbəb və yer ilə, və ya həndəsə yoxdur), too_few_vertices (3-dən az fərqli təpəsi olan halqa), duplicate_id, missing_field (məlumat modelinin tələb etdiyi sahə boşdur və ya layda yoxdur), date_order (end_date start_date-dən əvvəldir; status_changed_on recorded_on-dan əvvəldir), release_outside_hazard (azad edilmiş ərazinin 1 m²-dən və 0,1 %-dən çoxu heç bir təhlükəli ərazinin içində deyil), release_larger_than_hazard (azad edilmiş ərazi aid olduğu təhlükəli ərazidən böyükdür), unknown_hazard (azad edilmiş ərazi heç bir təhlükəli əraziyə aid deyil), outside_area (təpə və ya nöqtə proqram ərazisindən kənardadır: layın ərazinin azad edilməsi məlumat bazasındakı rayonların əhatə dairəsi üstəgəl 10 km, rayonlar olmadıqda isə layın koordinat sisteminin istifadə ərazisi, UTM üçün onun zonası; yerləri dəyişdirilmiş enlik və uzunluq, onluq vergül və ya yanlış UTM ya Gauss–Krüger zonası nöqtəni minlərlə kilometr uzağa aparır), bad_code (kod siyahısından kənar qiymət: outcome 'burnt'), bad_date (bu gündən sonrakı tarix və ya YYYY-MM-DD formasında tarix olmayan mətn: '31.02.2020'; GeoPackage-də belə saxlanılmış mətn də, QGIS onu boş göstərir), multipart (birdən çox hissədən ibarət obyekt), area_mismatch (estimated_area_m2 və ya area_m2 boşdur və ya həndəsənin WGS 84 sahəsindən 0,1 %-dən çox fərqlənir), remaining_mismatch (təhlükəli ərazinin remaining_area_m2 və ya status qiyməti onun azad edilmələrinin bu günə verdiyi kimi deyil, sonra başa çatan azad edilmələr sayılmır: bütöv RELEASES layını verin), log_mismatch (layların ərazinin azad edilməsi məlumat bazasının dəyişiklik jurnalı onun sətirlərinə uyğun gəlmir: sətir öz jurnal yazısı olmadan dəyişdirilib, əlavə edilib və ya silinib, yazı sırasızdır və ya yoxdur, jurnal triggeri yoxdur və ya dəyişdirilib, yazı möhürləndikdən sonra dəyişdirilib).
Xəbərdarlıqlar: duplicate_geometry (1 sm dəqiqliklə eynidir), long_segment (5 km-dən uzun: təpə yanlış yerdədir), overlap (eyni təsnifatlı təhlükəli ərazilər kiçiyinin 0,9 %-dən çoxu qədər üst-üstə düşür), cha_without_evidence (içində birbaşa sübut nöqtəsi olmayan TTƏ), missing_district, 1988-dən əvvəlki bad_date, rəqəmləri yenidən hesablanmağı gözləyən təhlükəli ərazinin remaining_mismatch tapıntısı (qalan sahə boşdur, status unknown).

GeoPackage-in dəyişiklik jurnalı heş zəncirində möhürlənir: hər icra əvvəl möhürlənmiş yazıları yoxlayır, yeniləri möhürləyir və zəncirin başını alqoritmin jurnalına yazır; sonradan jurnalın yenidən yazılmadığını sübut etmək üçün həmin sətri məlumat bazasından kənarda saxlayın.

Yanlış həndəsəli obyektlər, Processing-in yanlış həndəsələr üçün ayarından asılı olmayaraq, həmişə oxunur.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="109" />
        <source>Hazardous areas</source>
        <translation>Təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="110" />
        <source>Land releases</source>
        <translation>Azad edilmiş ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="111" />
        <source>Evidence points</source>
        <translation>Sübut nöqtələri</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="112" />
        <source>Findings</source>
        <translation>Tapıntılar</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="113" />
        <source>Errors</source>
        <translation>Xətalar</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="114" />
        <source>Warnings</source>
        <translation>Xəbərdarlıqlar</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="177" />
        <source>a polygon layer</source>
        <translation>poliqon layı</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="179" />
        <source>a point layer</source>
        <translation>nöqtə layı</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="181" />
        <source>{} must be {}.</source>
        <translation>{} {} olmalıdır.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="184" />
        <source>{} has no valid CRS: set its CRS first.</source>
        <translation>{} layının düzgün koordinat sistemi yoxdur: əvvəlcə onun koordinat sistemini təyin edin.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="189" />
        <source>Give at least one of HAZARDS, RELEASES, EVIDENCE.</source>
        <translation>HAZARDS, RELEASES, EVIDENCE-dən ən azı birini verin.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="199" />
        <source>Working CRS: {}</source>
        <translation>İş koordinat sistemi: {}</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="215" />
        <source>{}: {} feature(s), {} without geometry.</source>
        <translation>{}: {} obyekt, onlardan {} həndəsəsiz.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="227" />
        <source>The stored dates of {} cannot be read ({}).</source>
        <translation>{} faylında saxlanılmış tarixlər oxuna bilmir ({}).</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="246" />
        <source>outside_area not checked on the {} layer: it is not in a land release database with districts, and QGIS knows no area of use for its CRS {}.</source>
        <translation>{} layında outside_area yoxlanılmadı: lay rayonları olan ərazinin azad edilməsi məlumat bazasında deyil və QGIS onun {} koordinat sisteminin istifadə ərazisini bilmir.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="252" />
        <source>its database's districts plus {} km</source>
        <translation>məlumat bazasının rayonları üstəgəl {} km</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="254" />
        <source>the area of use of its CRS</source>
        <translation>koordinat sisteminin istifadə ərazisi</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="257" />
        <source>Programme's area of the {} layer ({}): {}.</source>
        <translation>{} layı üçün proqram ərazisi ({}): {}.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="280" />
        <source>remaining_mismatch compares each hazard with the land releases given: {} of the layer's {} (a selection or a filter). Give the whole layer to compare with all of them.</source>
        <translation>remaining_mismatch hər təhlükəli ərazini verilmiş azad edilmələrlə müqayisə edir: {} azad edilmə (layda cəmi {}; seçim və ya filtr). Hamısı ilə müqayisə etmək üçün bütöv layı verin.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="300" />
        <source>log_mismatch not checked: HAZARDS and RELEASES are not layers of a land release database (GeoPackage or PostGIS), which keeps the edit log.</source>
        <translation>log_mismatch yoxlanılmadı: HAZARDS və RELEASES dəyişiklik jurnalını saxlayan ərazinin azad edilməsi məlumat bazasının (GeoPackage və ya PostGIS) layları deyil.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="310" />
        <source>log_mismatch not checked: {} has no edit_log table.</source>
        <translation>log_mismatch yoxlanılmadı: {} məlumat bazasında edit_log cədvəli yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="324" />
        <source>Edit log of {}: {} entries (on PostGIS the log is protected by the database's permissions: editors cannot write it).</source>
        <translation>{} məlumat bazasının dəyişiklik jurnalı: {} yazı (PostGIS-də jurnal məlumat bazasının icazələri ilə qorunur: redaktorlar ona yaza bilməz).</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="333" />
        <source>Edit log of {}: {} entries, sealed up to entry {} with the hash {}. Keep this line outside the database: a later check showing another hash for that entry proves the log was rewritten.</source>
        <translation>{} məlumat bazasının dəyişiklik jurnalı: {} yazı, {} nömrəli yazıya qədər {} heşi ilə möhürlənib. Bu sətri məlumat bazasından kənarda saxlayın: sonrakı yoxlama həmin yazı üçün başqa heş göstərərsə, bu, jurnalın yenidən yazıldığını sübut edir.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="346" />
        <source>{} newer edit log entries could not be sealed: {}</source>
        <translation>Dəyişiklik jurnalının {} yeni yazısı möhürlənə bilmədi: {}</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="349" />
        <source>{} newer edit log entries sealed now.</source>
        <translation>Dəyişiklik jurnalının {} yeni yazısı indi möhürləndi.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="354" />
        <source>its layer '{}' is not one the log records ({})</source>
        <translation>onun layı '{}' jurnalın qeydə aldığı laylardan deyil ({})</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="358" />
        <source>its action '{}' is none of {}</source>
        <translation>onun əməliyyatı '{}' bunlardan heç biri deyil: {}</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="362" />
        <source>it names no feature (feature_uuid is empty)</source>
        <translation>o, heç bir obyekti göstərmir (feature_uuid boşdur)</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="364" />
        <source>its 'before' JSON is missing or not readable</source>
        <translation>onun 'before' JSON-u yoxdur və ya oxuna bilmir</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="365" />
        <source>its 'after' JSON is missing or not readable</source>
        <translation>onun 'after' JSON-u yoxdur və ya oxuna bilmir</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="403" />
        <source>{} error(s), {} warning(s).</source>
        <translation>{} xəta, {} xəbərdarlıq.</translation>
    </message>
</context>
<context>
    <name>CompletionReport</name>
    <message>
        <location filename="../processing/completionreport.py" line="30" />
        <location filename="../processing/completionreport.py" line="93" />
        <source>Completion report (PDF)</source>
        <translation>Tamamlanma hesabatı (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="32" />
        <source>Tasking and reports</source>
        <translation>Tapşırıqlar və hesabatlar</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="35" />
        <source>The completion report and handover certificate of closed hazards (IMAS 08.30): one PDF, a run of pages per hazard, sorted by hazard_id.

HAZARDS: the hazardous areas (hazard_id). Without 'selected features only', the hazards that are not closed (the land release accounting leaves some area remaining) are left out and named in the log; the run is refused when none is closed. A selection is printed as it is: a hazard of it that is not closed gets a 'NOT CLOSED' line on its certificate.
RELEASES: the land releases (release_id, hazard_id, outcome, method, depth_cm, organisation, team, start_date, end_date, qa_status, ap_found, at_found, uxo_found, cm_found; reviewed_by and reviewed_on are printed when present).
LANGUAGE: the language of the PDF (default: the interface language of QGIS); numbers in its convention (English 1,234.56; Azerbaijani and Russian 1 234,56).
POINTS: optional turning points (survey points with owner_id, point_type, seq and marker; or points with hazard_id). Without them, or for a hazard without points, its vertices are numbered clockwise from the northernmost one, and the page says so.
ORGANISATION: printed at the top of every page.
PHOTOS: when checked, a page of photos after each hazard's pages with the photos of its releases, of the survey points of POINTS that belong to it or to its releases, and of the evidence of its database within it (each captioned with the feature's id and the file name; the photos that cannot be read are named on the page). A hazard without photos gets no such page.

Each hazard: a map page (the area with its numbered points on a UTM grid, scale bar, grid north arrow with the grid convergence and the magnetic declination at the area's centre on the print date, IGRF-14) with the point table (easting, northing, latitude/longitude, MGRS, grid and magnetic bearing and distance to the next point, marker), continued on more map pages when the points overflow it; the certificate (original, cancelled, reduced, cleared and remaining area, released by method, cleared by depth, items found and destroyed, work dates, organisations and teams, the quality management result, coordinates and datum, and the signature blocks of the operator, the quality management officer, the national authority and the local community representative); an annex listing every release that covers part of the hazard or names it, with its QA status.

The figures are those of the land release summary (the same accounting, as of today): every saved release counts (qa_status pending or passed) but a failed one, or one whose qa_status is no known code, which is listed and never counted. Areas are ellipsoidal (WGS 84).

Refused: an OUTPUT that is not a .pdf file, empty layers, missing fields, NaN or infinite coordinates, invalid hazard polygons, hazards outside the programme's area. The PDF is written under a temporary name and moved to OUTPUT at the end: a cancelled or failed run leaves OUTPUT as it was.</source>
        <translation>Bağlı təhlükəli ərazilərin tamamlanma hesabatı və təhvil-təslim aktı (IMAS 08.30): bir PDF, hər təhlükəli ərazi üçün bir neçə səhifə, hazard_id üzrə sıralanmış.

HAZARDS: təhlükəli ərazilər (hazard_id). “Yalnız seçilmiş obyektlər” olmadan bağlı olmayan təhlükəli ərazilər (ərazinin azad edilməsi hesablaması müəyyən sahənin qaldığını göstərir) hesabata daxil edilmir və jurnalda adları çəkilir; heç biri bağlı deyilsə, icra rədd edilir. Seçim olduğu kimi çap olunur: seçimdəki bağlı olmayan təhlükəli ərazinin aktında “BAĞLI DEYİL” sətri olur.
RELEASES: azad edilmiş ərazilər (release_id, hazard_id, outcome, method, depth_cm, organisation, team, start_date, end_date, qa_status, ap_found, at_found, uxo_found, cm_found; reviewed_by və reviewed_on varsa, çap olunur).
LANGUAGE: PDF-in dili (susmaya görə: QGIS interfeysinin dili); rəqəmlər həmin dilin qaydası ilə (ingiliscə 1,234.56; azərbaycanca və rusca 1 234,56).
POINTS: istəyə bağlı dönmə nöqtələri (owner_id, point_type, seq və marker sahələri olan tədqiqat nöqtələri və ya hazard_id-li nöqtələr). Onlar olmadıqda və ya nöqtəsi olmayan təhlükəli ərazi üçün onun təpələri ən şimaldakından başlayaraq saat əqrəbi istiqamətində nömrələnir və səhifədə bu qeyd olunur.
ORGANISATION: hər səhifənin yuxarısında çap olunur.
PHOTOS: seçildikdə, hər təhlükəli ərazinin səhifələrindən sonra onun azad edilmə sahələrinin, POINTS qatından ona və ya onun azad edilmə sahələrinə aid tədqiqat nöqtələrinin və onun verilənlər bazasındakı, ərazinin daxilində olan sübutların fotoları ilə bir səhifə çap olunur (hər fotonun altında obyektin ID-si və fayl adı; oxuna bilməyən fotolar səhifədə adları ilə göstərilir). Fotosu olmayan təhlükəli ərazi üçün belə səhifə çap olunmur.

Hər təhlükəli ərazi üçün: xəritə səhifəsi (ərazi nömrələnmiş nöqtələri ilə UTM şəbəkəsində, miqyas xətti, şəbəkə şimalı oxu, şəbəkə yaxınlaşması və çap tarixində ərazinin mərkəzində maqnit meyli, IGRF-14) və nöqtələr cədvəli (şərq, şimal, enlik/uzunluq, MGRS, növbəti nöqtəyə şəbəkə və maqnit azimutu və məsafə, nişan), nöqtələr sığmadıqda növbəti xəritə səhifələrində davam edir; akt (ilkin, ləğv edilmiş, azaldılmış, təmizlənmiş və qalan sahə, üsul üzrə azad edilmiş, dərinlik üzrə təmizlənmiş, tapılmış və məhv edilmiş sursat, işlərin tarixləri, təşkilatlar və qruplar, keyfiyyətin idarə edilməsinin nəticəsi, koordinatlar və datum, habelə operatorun, keyfiyyətin idarə edilməsi üzrə məsul şəxsin, milli orqanın və yerli icma nümayəndəsinin imza blokları); təhlükəli ərazinin bir hissəsini əhatə edən və ya onu göstərən bütün azad edilmələrin keyfiyyət təminatı statusu ilə siyahısı olan əlavə.

Göstəricilər ərazinin azad edilməsi üzrə yekunun göstəriciləridir (eyni hesablama, bu günə olan vəziyyət): saxlanmış hər azad edilmə (qa_status pending və ya passed) nəzərə alınır, keyfiyyət yoxlamasından keçməmiş və ya qa_status-u məlum kod olmayan azad edilmə isə sadalanır və heç vaxt nəzərə alınmır. Sahələr ellipsoidaldır (WGS 84).

Rədd edilir: .pdf faylı olmayan OUTPUT, boş laylar, çatışmayan sahələr, NaN və ya sonsuz koordinatlar, yanlış təhlükəli ərazi poliqonları, proqram ərazisindən kənarda olan təhlükəli ərazilər. PDF müvəqqəti adla yazılır və sonda OUTPUT-a köçürülür: ləğv edilmiş və ya uğursuz icra OUTPUT-u olduğu kimi saxlayır.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="87" />
        <source>Interface language</source>
        <translation>İnterfeys dili</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="89" />
        <source>Closed hazards (or a selection)</source>
        <translation>Bağlı təhlükəli ərazilər (və ya seçilmişlər)</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="90" />
        <source>Land releases</source>
        <translation>Azad edilmiş ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="91" />
        <source>Language of the report</source>
        <translation>Hesabatın dili</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="93" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="97" />
        <source>Turning points (owner_id or hazard_id; point_type, seq, marker)</source>
        <translation>Dönmə nöqtələri (owner_id və ya hazard_id; point_type, seq, marker)</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="101" />
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="104" />
        <source>Print the photos of the releases, survey points and evidence</source>
        <translation>Azad edilmə sahələrinin, tədqiqat nöqtələrinin və sübutların fotolarını çap et</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="124" />
        <source>OUTPUT must be a .pdf file: {}</source>
        <translation>OUTPUT .pdf faylı olmalıdır: {}</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="128" />
        <source>{} must be a polygon layer.</source>
        <translation>{} poliqon layı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="133" />
        <source>{} has no field {}: give the land release database's layer (hazard or land_release) or add the fields.</source>
        <translation>{} layında {} sahəsi yoxdur: ərazinin azad edilməsi məlumat bazasının layını (hazard və ya land_release) verin və ya sahələri əlavə edin.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="140" />
        <source>{} has no features (or none selected): there is nothing to report.</source>
        <translation>{} layında obyekt yoxdur (və ya heç biri seçilməyib): hesabat veriləcək heç nə yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="149" />
        <source>POINTS must be a point layer.</source>
        <translation>POINTS nöqtə layı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="152" />
        <source>POINTS needs a field that names the area: {}.</source>
        <translation>POINTS-da ərazini göstərən sahə olmalıdır: {}.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="166" />
        <source>Map and grid CRS: {}</source>
        <translation>Xəritənin və şəbəkənin koordinat sistemi: {}</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="182" />
        <source>{} page(s) for {} hazard(s) written to {}</source>
        <translation>{} səhifə ({} təhlükəli ərazi üçün) {} faylına yazıldı</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="200" />
        <source>HAZARDS: {} hazard(s) have an invalid polygon: {}. Repair them (Check land release data lists them) before printing the completion report.</source>
        <translation>HAZARDS: {} təhlükəli ərazinin poliqonu yanlışdır: {}. Tamamlanma hesabatını çap etməzdən əvvəl onları düzəldin (“Ərazinin azad edilməsi məlumatlarını yoxla” onları sadalayır).</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="206" />
        <source>HAZARDS: {} feature(s) without geometry or area skipped: {}.</source>
        <translation>HAZARDS: həndəsəsi və ya sahəsi olmayan {} obyekt buraxıldı: {}.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="211" />
        <source>No feature of HAZARDS has a polygon to print.</source>
        <translation>HAZARDS-da çap ediləcək poliqonu olan heç bir obyekt yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="218" />
        <source>HAZARDS: {} hazard(s) lie outside the programme's area: {}. A coordinate is wrong (a latitude read as a UTM zone, a swapped axis, a wrong CRS): correct it before printing a handover certificate.</source>
        <translation>HAZARDS: {} təhlükəli ərazi proqram ərazisindən kənardadır: {}. Koordinat səhvdir (UTM zonası kimi oxunmuş enlik, yerdəyişmiş oxlar, yanlış koordinat sistemi): təhvil-təslim aktını çap etməzdən əvvəl onu düzəldin.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="247" />
        <source>HAZARDS: {} hazard(s) have no hazard_id: {}. Give each its id.</source>
        <translation>HAZARDS: {} təhlükəli ərazinin hazard_id-si yoxdur: {}. Hər birinə öz identifikatorunu verin.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="252" />
        <source>{} (features {})</source>
        <translation>{} (obyektlər {})</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="259" />
        <source>HAZARDS: {} hazard_id(s) are on more than one hazard: {}. Correct them (Check land release data lists them as duplicate_id).</source>
        <translation>HAZARDS: {} hazard_id birdən çox təhlükəli ərazidə təkrarlanır: {}. Onları düzəldin (“Ərazinin azad edilməsi məlumatlarını yoxla” onları duplicate_id kimi sadalayır).</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="300" />
        <source>{} ({} m² remaining)</source>
        <translation>{} ({} m² qalıb)</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="308" />
        <source>{} selected hazard(s) are not closed: {}. Their certificate says so.</source>
        <translation>Seçilmiş {} təhlükəli ərazi bağlı deyil: {}. Onların aktında bu qeyd olunur.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="316" />
        <source>No hazard of HAZARDS is closed: {}. A completion report hands over closed hazards only; to print one that is not closed, select it and run on the selected features.</source>
        <translation>HAZARDS-da heç bir təhlükəli ərazi bağlı deyil: {}. Tamamlanma hesabatı yalnız bağlı təhlükəli əraziləri təhvil verir; bağlı olmayanı çap etmək üçün onu seçin və yalnız seçilmiş obyektlər üzrə işə salın.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="323" />
        <source>{} hazard(s) are not closed and are left out: {}.</source>
        <translation>{} təhlükəli ərazi bağlı deyil və hesabata daxil edilmir: {}.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="342" />
        <source>{} of {} (seq {})</source>
        <translation>{} ({} üçün, seq {})</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="347" />
        <source>POINTS: {} point(s) have a coordinate that is NaN or infinite, or are several points in one feature: {}. Correct them: a turning point must be one place.</source>
        <translation>POINTS: {} nöqtənin koordinatı NaN və ya sonsuzdur, yaxud bir obyektdə bir neçə nöqtə var: {}. Onları düzəldin: dönmə nöqtəsi bir yer olmalıdır.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="398" />
        <source>The photo {} of {} cannot be printed: {}</source>
        <translation>{} fotosunu ({} obyektinin) çap etmək mümkün deyil: {}</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="405" />
        <source>{} hazard(s) have no turning points in POINTS: their vertices are numbered instead, and their page says so.</source>
        <translation>{} təhlükəli ərazinin POINTS-da dönmə nöqtəsi yoxdur: onların əvəzinə təpələri nömrələnir və səhifədə bu qeyd olunur.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="438" />
        <source>Cancelled: no completion report was written (OUTPUT is left as it was).</source>
        <translation>Ləğv edildi: tamamlanma hesabatı yazılmadı (OUTPUT olduğu kimi qaldı).</translation>
    </message>
</context>
<context>
    <name>CompletionReportLayout</name>
    <message>
        <location filename="../layouts/completion_report.py" line="51" />
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="52" />
        <source>Quality management officer</source>
        <translation>Keyfiyyətin idarə edilməsi üzrə məsul şəxs</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="53" />
        <source>National mine action authority</source>
        <translation>Milli mina fəaliyyəti orqanı</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="54" />
        <source>Local community representative</source>
        <translation>Yerli icma nümayəndəsi</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="56" />
        <source>Marker</source>
        <translation>Nişan</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="58" />
        <source>AP mines</source>
        <translation>PƏM</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="59" />
        <source>AT mines</source>
        <translation>TƏM</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="60" />
        <location filename="../layouts/completion_report.py" line="370" />
        <source>UXO</source>
        <translation>PHS</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="61" />
        <source>Cluster munitions</source>
        <translation>Kaset sursatı</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="98" />
        <source>Completion report</source>
        <translation>Tamamlanma hesabatı</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="135" />
        <source>Photos of its releases, points and evidence</source>
        <translation>Azad edilmə sahələrinin, nöqtələrinin və sübutlarının fotoları</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="143" />
        <source>Completion report — {}</source>
        <translation>Tamamlanma hesabatı — {}</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="148" />
        <source>Printed {}</source>
        <translation>Çap edilib: {}</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="155" />
        <source>Handover certificate (IMAS 08.30)</source>
        <translation>Torpağın təhvil-təslim aktı (IMAS 08.30)</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="157" />
        <source>district {}</source>
        <translation>rayon: {}</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="171" />
        <source>Hatched: the hazard. Dots: its points, numbered as in the table.</source>
        <translation>Ştrixlənmiş: təhlükəli ərazi. Nöqtələr: onun nöqtələri, cədvəldəki kimi nömrələnib.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="177" />
        <source>The table continues on the next page.</source>
        <translation>Cədvəl növbəti səhifədə davam edir.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="206" />
        <source>NOT CLOSED: {} ha of this hazard remain. It cannot be handed over until the remaining area is released.</source>
        <translation>BAĞLI DEYİL: bu təhlükəli ərazinin {} ha-sı qalıb. Qalan sahə azad edilənədək o, təhvil verilə bilməz.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="214" />
        <source>QUALITY MANAGEMENT NOT COMPLETE: {} release(s) not yet passed. Sign when every release has passed.</source>
        <translation>KEYFİYYƏTİN İDARƏ EDİLMƏSİ BAŞA ÇATMAYIB: {} azad edilmə hələ yoxlamadan keçməyib. Bütün azad edilmələr yoxlamadan keçdikdən sonra imzalayın.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="222" />
        <source>Land release figures — status: {}</source>
        <translation>Ərazinin azad edilməsi göstəriciləri — status: {}</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="225" />
        <source>Figure</source>
        <translation>Göstərici</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="225" />
        <location filename="../layouts/completion_report.py" line="249" />
        <source>ha</source>
        <translation>ha</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="225" />
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="226" />
        <source>Original area</source>
        <translation>İlkin sahə</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="227" />
        <source>Cancelled (non-technical survey)</source>
        <translation>Ləğv edilmiş (qeyri-texniki tədqiqat)</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="229" />
        <source>Reduced (technical survey)</source>
        <translation>Azaldılmış (texniki tədqiqat)</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="230" />
        <source>Cleared</source>
        <translation>Təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="231" />
        <source>Remaining</source>
        <translation>Qalan</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="236" />
        <source>Released by method (ha)</source>
        <translation>Üsul üzrə azad edilmiş (ha)</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="238" />
        <location filename="../layouts/completion_report.py" line="369" />
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="245" />
        <source>Nothing released</source>
        <translation>Azad edilmiş sahə yoxdur</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="248" />
        <source>Cleared by clearance depth</source>
        <translation>Dərinlik üzrə təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="249" />
        <source>Depth</source>
        <translation>Dərinlik</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="251" />
        <source>{} cm</source>
        <translation>{} sm</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="251" />
        <location filename="../layouts/completion_report.py" line="477" />
        <source>Not recorded</source>
        <translation>Qeydə alınmayıb</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="254" />
        <source>Nothing cleared</source>
        <translation>Təmizlənmiş sahə yoxdur</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="259" />
        <source>Work, items and quality management</source>
        <translation>İşlər, sursat və keyfiyyətin idarə edilməsi</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="263" />
        <source>Work from {} to {}; {} release(s) counted.</source>
        <translation>İşlər: {} – {}; nəzərə alınan azad edilmələr: {}.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="266" />
        <source>Organisations: {}</source>
        <translation>Təşkilatlar: {}</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="267" />
        <source>Teams: {}</source>
        <translation>Qruplar: {}</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="270" />
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="273" />
        <source>Items found and destroyed</source>
        <translation>Tapılmış və məhv edilmiş sursat</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="280" />
        <source>Quality management: {} passed, {} pending, {} failed.</source>
        <translation>Keyfiyyətin idarə edilməsi: keçdi — {}, gözləmədə — {}, keçmədi — {}.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="287" />
        <source>Unknown QA status, not counted: {}.</source>
        <translation>Naməlum keyfiyyət təminatı statusu, nəzərə alınmır: {}.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="290" />
        <source>Every counted release passed quality management.</source>
        <translation>Nəzərə alınan bütün azad edilmələr keyfiyyət yoxlamasından keçib.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="294" />
        <source>Not every counted release has passed quality management: the figures include {} release(s) not yet passed.</source>
        <translation>Nəzərə alınan azad edilmələrin hamısı keyfiyyət yoxlamasından keçməyib: göstəricilərə hələ keçməmiş {} azad edilmə daxildir.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="299" />
        <source>Failed releases are listed in the annex and never counted.</source>
        <translation>Keçməmiş azad edilmələr əlavədə sadalanır və heç vaxt nəzərə alınmır.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="306" />
        <source>Reviewed by: {}</source>
        <translation>Yoxlayan: {}</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="313" />
        <source>Coordinates: grid {}; latitude/longitude and MGRS on WGS 84.</source>
        <translation>Koordinatlar: şəbəkə {}; enlik/uzunluq və MGRS WGS 84 üzrə.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="318" />
        <source>Figures: the land release accounting of the land release summary; releases pending or passed by quality management count, failed ones never; areas ellipsoidal (WGS 84).</source>
        <translation>Göstəricilər: ərazinin azad edilməsi üzrə yekunun hesablanması; keyfiyyət yoxlamasını gözləyən və ya keçmiş azad edilmələr nəzərə alınır, keçməmişlər heç vaxt; sahələr ellipsoidaldır (WGS 84).</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="327" />
        <source>Handover</source>
        <translation>Təhvil-təslim</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="330" />
        <source>Name</source>
        <translation>Ad, soyad</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="330" />
        <source>Position</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="330" />
        <source>Signature</source>
        <translation>İmza</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="330" />
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="364" />
        <source>Annex: the land releases of the hazard</source>
        <translation>Əlavə: təhlükəli ərazinin azad edilmələri</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="369" />
        <source>Release</source>
        <translation>Azad edilmə</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="369" />
        <source>Outcome</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="369" />
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="369" />
        <source>Team</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="370" />
        <source>Start</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="370" />
        <source>End</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="370" />
        <source>Depth cm</source>
        <translation>Dərinlik sm</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="370" />
        <source>AP</source>
        <translation>PƏM</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="370" />
        <source>AT</source>
        <translation>TƏM</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="370" />
        <source>CM</source>
        <translation>KS</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="371" />
        <source>QA</source>
        <translation>KT</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="371" />
        <source>Reviewed by</source>
        <translation>Yoxlayan</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="371" />
        <source>Reviewed on</source>
        <translation>Yoxlama tarixi</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="382" />
        <source>No land release covers this hazard.</source>
        <translation>Bu təhlükəli ərazini heç bir azad edilmə əhatə etmir.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="386" />
        <source>Every release that covers part of the hazard or names it. A failed release (QA failed) is never counted in the figures: re-working it is a new release; nor is a release whose QA status is no known code. Depth: clearance depth in cm. Items: AP anti-personnel mines, AT anti-tank mines, UXO unexploded ordnance, CM cluster munition remnants.</source>
        <translation>Təhlükəli ərazinin bir hissəsini əhatə edən və ya onu göstərən bütün azad edilmələr. Keyfiyyət yoxlamasından keçməmiş azad edilmə (KT: keçmədi) göstəricilərdə heç vaxt nəzərə alınmır: onun yenidən işlənməsi yeni azad edilmədir; keyfiyyət təminatı statusu məlum kod olmayan azad edilmə də nəzərə alınmır. Dərinlik: təmizləmə dərinliyi, sm. Sursat: PƏM piyada əleyhinə minalar, TƏM tank əleyhinə minalar, PHS partlamamış hərbi sursat, KS kaset sursatı qalıqları.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="398" />
        <source>{} (not counted)</source>
        <translation>{} (nəzərə alınmır)</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="418" />
        <source>Completion report {} — page {} of {} of this hazard</source>
        <translation>Tamamlanma hesabatı {} — bu təhlükəli ərazinin {} / {} səhifəsi</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="424" />
        <source>Page {} of {}</source>
        <translation>Səhifə {} / {}</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="436" />
        <source>The PDF could not be written to {}: {}</source>
        <translation>PDF {} faylına yazıla bilmədi: {}</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="471" />
        <source>and {} more (see the annex)</source>
        <translation>və daha {} (əlavəyə baxın)</translation>
    </message>
</context>
<context>
    <name>CreateDatabase</name>
    <message>
        <location filename="../processing/createdatabase.py" line="25" />
        <source>Create land release database</source>
        <translation>Ərazinin azad edilməsi məlumat bazasını yarat</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="27" />
        <source>Database</source>
        <translation>Məlumat bazası</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="30" />
        <source>Creates a new GeoPackage holding every layer of the land release data model: line of contact, evidence, hazardous areas (SHA/CHA), land release (cancelled, reduced, cleared), survey points, minefield records and traverse legs, tasks, districts and the edit log.

Each layer carries its IMAS land release symbology, its attribute form with the code lists as drop-down lists, its constraints, and fields filled automatically (uuid, created/updated time and user, ellipsoidal area in m²).

OUTPUT: the new .gpkg file. An existing file is never overwritten. Run from the toolbox, the new layers are added to the project in one group, with their relations.
CONNECTION and SCHEMA: instead of a file, a shared PostgreSQL/PostGIS database (a PostgreSQL connection saved in QGIS, or a connection string such as dbname=mine_action host=server user=admin, or a postgresql:// URI) and the new schema to create in it. The tables, triggers, edit log, styles (in layer_styles) and the roles landrelease_viewer, landrelease_editor, landrelease_qm and landrelease_admin are created in one go, with row-level security by organisation (organisation_member); the schema and its edit log belong to the role landrelease_owner, which no day-to-day login holds, so run it with the database owner's login or a superuser's; an existing schema is never touched.
CRS: the storage CRS, a projected CRS in metres is recommended (default EPSG:32638, UTM zone 38N). Areas are always ellipsoidal (WGS 84).
BEARING_UNIT: the programme's bearing unit, printed beside grid bearings on tasking maps: 0 degrees (default), 1 mils (6400 to the circle), 2 Soviet mils (6000 to the circle, written 12-50). Stored with the database (GeoPackage metadata, or the PostGIS schema's comment).</source>
        <translation>Ərazinin azad edilməsi məlumat modelinin bütün laylarını saxlayan yeni GeoPackage yaradır: təmas xətti, sübutlar, təhlükəli ərazilər (ŞTƏ/TTƏ), ərazinin azad edilməsi (ləğv edilmiş, azaldılmış, təmizlənmiş), tədqiqat nöqtələri, mina sahəsi formulyarları və gediş hissələri, tapşırıqlar, rayonlar və dəyişiklik jurnalı.

Hər layın İMAS-a uyğun ərazinin azad edilməsi simvolikası, kod siyahılarını açılan siyahı kimi göstərən atribut forması, məhdudiyyətləri və avtomatik doldurulan sahələri (uuid, yaradılma/yenilənmə vaxtı və istifadəçisi, m² ilə ellipsoidal sahə) var.

OUTPUT: yeni .gpkg faylı. Mövcud fayl heç vaxt üzərinə yazılmır. Alətlər panelindən işə salındıqda yeni laylar əlaqələri ilə birlikdə layihəyə bir qrupda əlavə olunur.
CONNECTION və SCHEMA: fayl əvəzinə ortaq PostgreSQL/PostGIS məlumat bazası (QGIS-də saxlanılmış PostgreSQL qoşulması, dbname=mine_action host=server user=admin kimi qoşulma sətri və ya postgresql:// URI) və orada yaradılacaq yeni sxem. Cədvəllər, triggerlər, dəyişiklik jurnalı, üslublar (layer_styles cədvəlində) və landrelease_viewer, landrelease_editor, landrelease_qm və landrelease_admin rolları təşkilatlar üzrə sətir səviyyəsində təhlükəsizliklə (organisation_member) bir dəfəyə yaradılır; sxem və onun dəyişiklik jurnalı heç bir gündəlik hesabın malik olmadığı landrelease_owner roluna məxsusdur, ona görə alqoritmi məlumat bazası sahibinin və ya superistifadəçinin hesabı ilə işə salın; mövcud sxemə heç vaxt toxunulmur.
CRS: saxlama koordinat sistemi; metrlə proyeksiyalı koordinat sistemi tövsiyə olunur (susmaya görə EPSG:32638, UTM 38N zonası). Sahələr həmişə ellipsoidaldır (WGS 84).
BEARING_UNIT: proqramın azimut vahidi, tapşırıq xəritələrində şəbəkə azimutlarının yanında çap olunur: 0 dərəcə (susmaya görə), 1 mil (dairədə 6400), 2 sovet mili (dairədə 6000, 12-50 kimi yazılır). Məlumat bazası ilə birlikdə saxlanılır (GeoPackage metadatasında və ya PostGIS sxeminin şərhində).</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="66" />
        <source>Degrees</source>
        <translation>Dərəcə</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="67" />
        <source>Mils (6400)</source>
        <translation>Mil (6400)</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="68" />
        <source>Soviet mils (6000, written 12-50)</source>
        <translation>Sovet mili (6000, 12-50 kimi yazılır)</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="71" />
        <source>Storage CRS</source>
        <translation>Saxlama koordinat sistemi</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="74" />
        <source>Land release database</source>
        <translation>Ərazinin azad edilməsi məlumat bazası</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="75" />
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="80" />
        <source>Or a PostgreSQL/PostGIS database (connection)</source>
        <translation>Və ya PostgreSQL/PostGIS məlumat bazası (qoşulma)</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="85" />
        <source>Schema to create in the PostgreSQL database</source>
        <translation>PostgreSQL məlumat bazasında yaradılacaq sxem</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="91" />
        <source>Programme's bearing unit (printed beside grid bearings)</source>
        <translation>Proqramın azimut vahidi (şəbəkə azimutlarının yanında çap olunur)</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="95" />
        <source>PostgreSQL schema</source>
        <translation>PostgreSQL sxemi</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="109" />
        <source>BEARING_UNIT must be 0 (degrees), 1 (mils 6400) or 2 (mils 6000).</source>
        <translation>BEARING_UNIT 0 (dərəcə), 1 (mil 6400) və ya 2 (mil 6000) olmalıdır.</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="120" />
        <source>The database was created, but its bearing unit {} could not be stored ({}): tasking maps will print degrees.</source>
        <translation>Məlumat bazası yaradıldı, lakin onun {} azimut vahidi saxlanıla bilmədi ({}): tapşırıq xəritələrində dərəcə çap olunacaq.</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="126" />
        <source>Programme's bearing unit: {}</source>
        <translation>Proqramın azimut vahidi: {}</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="148" />
        <source>The storage CRS {} is geographic: coordinates will be stored in degrees. Areas stay ellipsoidal m².</source>
        <translation>Saxlama koordinat sistemi {} coğrafidir: koordinatlar dərəcə ilə saxlanacaq. Sahələr ellipsoidal m² olaraq qalır.</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="161" />
        <source>OUTPUT: {}</source>
        <translation>OUTPUT: {}</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="162" />
        <source>Created {}</source>
        <translation>Yaradıldı: {}</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="173" />
        <source>OUTPUT: choose a file name for the new database, or a PostgreSQL connection and schema.</source>
        <translation>OUTPUT: yeni məlumat bazası üçün fayl adı və ya PostgreSQL qoşulması və sxem seçin.</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="207" />
        <source>The storage CRS {} is up to {:.1f} % off the ground within its area of use (at {:.1f}°, {:.1f}°): what is digitised and printed in it is not true to scale. A UTM zone or a national projected CRS of the programme is better.</source>
        <translation>Saxlama koordinat sistemi {} öz istifadə ərazisində yerdəki ölçülərdən {:.1f} %-ə qədər fərqlənir ({:.1f}°, {:.1f}° nöqtəsində): orada rəqəmsallaşdırılan və çap olunan miqyasa uyğun olmur. UTM zonası və ya proqramın milli proyeksiyalı koordinat sistemi daha yaxşıdır.</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="218" />
        <source>Created the schema {}</source>
        <translation>Sxem yaradıldı: {}</translation>
    </message>
</context>
<context>
    <name>DelineateCha</name>
    <message>
        <location filename="../processing/delineatecha.py" line="49" />
        <source>Delineate confirmed hazardous areas (CHA)</source>
        <translation>Təsdiqlənmiş təhlükəli əraziləri (TTƏ) müəyyənləşdir</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="51" />
        <source>Hazard delineation</source>
        <translation>Təhlükəli ərazilərin sərhədlərinin müəyyənləşdirilməsi</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="54" />
        <source>Builds confirmed hazardous areas (CHA) around direct evidence.

EVIDENCE: evidence points. TYPE_FIELD holds the evidence type; only direct types count (detonation, accident_known, record_high, marking, visual_mine, visual_erw). Points without type or with an unknown code are skipped and counted in the log.
CLUSTER_DISTANCE: points chained closer than this (m) form one area.
MARGIN: every evidence point ends at least this far (m) inside the boundary.
SHAPE: convex hull, concave hull or buffered union of the points.
MIN_EVIDENCE: groups with fewer points are not made into a CHA.
MINEFIELDS: optional polygons (minefield records); each becomes a CHA or joins the one it touches. CHAs never overlap: overlapping ones are merged.
SHA: optional suspected hazardous areas; a CHA takes the hazard_id of the SHA holding most of it as parent_id, and its district.
MAX_TURNING_POINTS: 0 = no limit; else the boundary is simplified outward to at most this many turning points, still holding every point with its margin.

OUTPUT has the fields of the hazard layer (classification CHA, status open, ellipsoidal area); OUTPUT_POINTS the turning points numbered clockwise from the northernmost one, with the grid bearing (degrees) and distance (m) to the next point.</source>
        <translation>Birbaşa sübutların ətrafında təsdiqlənmiş təhlükəli ərazilər (TTƏ) qurur.

EVIDENCE: sübut nöqtələri. TYPE_FIELD sübutun növünü saxlayır; yalnız birbaşa növlər nəzərə alınır (detonation, accident_known, record_high, marking, visual_mine, visual_erw). Növü olmayan və ya naməlum kodlu nöqtələr buraxılır və jurnalda sayılır.
CLUSTER_DISTANCE: bir-birinə bundan (m) yaxın zəncirlənən nöqtələr bir ərazi əmələ gətirir.
MARGIN: hər sübut nöqtəsi sərhəddən ən azı bu qədər (m) içəridə qalır.
SHAPE: nöqtələrin qabarıq örtüyü, çökük örtüyü və ya buferlərinin birləşməsi.
MIN_EVIDENCE: daha az nöqtəsi olan qruplardan TTƏ yaradılmır.
MINEFIELDS: istəyə bağlı poliqonlar (mina sahəsi formulyarları); hər biri ayrıca TTƏ olur və ya toxunduğu TTƏ-yə birləşir. TTƏ-lər heç vaxt üst-üstə düşmür: üst-üstə düşənlər birləşdirilir.
SHA: istəyə bağlı şübhəli təhlükəli ərazilər; TTƏ, onun böyük hissəsini saxlayan ŞTƏ-nin hazard_id-sini parent_id kimi və onun rayonunu götürür.
MAX_TURNING_POINTS: 0 = məhdudiyyət yoxdur; əks halda sərhəd xaricə doğru ən çoxu bu qədər dönmə nöqtəsinə qədər sadələşdirilir və yenə də hər nöqtəni öz məsafəsi ilə birlikdə saxlayır.

OUTPUT təhlükəli ərazi layının sahələrinə malikdir (təsnifat CHA, status open, ellipsoidal sahə); OUTPUT_POINTS ən şimaldakından başlayaraq saat əqrəbi istiqamətində nömrələnmiş dönmə nöqtələridir, növbəti nöqtəyə qədər şəbəkə azimutu (dərəcə) və məsafə (m) ilə.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="88" />
        <source>Convex hull</source>
        <translation>Qabarıq örtük</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="88" />
        <source>Concave hull</source>
        <translation>Çökük örtük</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="88" />
        <source>Buffered union</source>
        <translation>Buferlərin birləşməsi</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="90" />
        <source>Evidence points</source>
        <translation>Sübut nöqtələri</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="92" />
        <source>Evidence type field</source>
        <translation>Sübut növü sahəsi</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="94" />
        <source>Cluster distance (m)</source>
        <translation>Qruplaşdırma məsafəsi (m)</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="95" />
        <source>Margin around evidence (m)</source>
        <translation>Sübut ətrafında ehtiyat məsafə (m)</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="96" />
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="97" />
        <source>Minimum evidence points</source>
        <translation>Minimum sübut nöqtəsi sayı</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="98" />
        <source>Minefield polygons</source>
        <translation>Mina sahəsi poliqonları</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="100" />
        <source>Suspected hazardous areas (parents)</source>
        <translation>Şübhəli təhlükəli ərazilər (ana ərazilər)</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="104" />
        <source>Maximum turning points (0 = no limit)</source>
        <translation>Maksimum dönmə nöqtəsi sayı (0 = məhdudiyyət yoxdur)</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="109" />
        <source>Hazard id prefix</source>
        <translation>Təhlükəli ərazi ID prefiksi</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="110" />
        <source>Confirmed hazardous areas</source>
        <translation>Təsdiqlənmiş təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="111" />
        <source>Turning points</source>
        <translation>Dönmə nöqtələri</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="118" />
        <source>EVIDENCE must be a point layer.</source>
        <translation>EVIDENCE nöqtə layı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="122" />
        <source>EVIDENCE has no field {}: choose TYPE_FIELD.</source>
        <translation>EVIDENCE layında {} sahəsi yoxdur: TYPE_FIELD-i seçin.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="126" />
        <source>EVIDENCE has no features.</source>
        <translation>EVIDENCE layında obyekt yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="131" />
        <source>SHA has no field hazard_id.</source>
        <translation>SHA layında hazard_id sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="153" />
        <source>{} confirmed hazardous areas, {:.0f} m² in all.</source>
        <translation>{} təsdiqlənmiş təhlükəli ərazi, cəmi {:.0f} m².</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="195" />
        <source>Working CRS: {}</source>
        <translation>İş koordinat sistemi: {}</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="253" />
        <source>MINEFIELDS: {} invalid polygon(s) repaired (a self-intersecting one gives each of its loops): {}.</source>
        <translation>MINEFIELDS: {} yanlış poliqon düzəldildi (öz-özünü kəsən poliqondan onun hər ilgəyi alınır): {}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="331" />
        <source>{name} must be a number, not {value!r}.</source>
        <translation>{name} rəqəm olmalıdır, {value!r} deyil.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="332" />
        <source>{name} must be a finite number, not {value!r}.</source>
        <translation>{name} sonlu rəqəm olmalıdır, {value!r} deyil.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="333" />
        <source>{name} must be more than 0 metres, not {value:g}.</source>
        <translation>{name} 0 metrdən çox olmalıdır, {value:g} deyil.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="334" />
        <source>{name} must be a whole number, not {value!r}.</source>
        <translation>{name} tam ədəd olmalıdır, {value!r} deyil.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="335" />
        <source>MARGIN must be 0 or more metres, not {value:g}.</source>
        <translation>MARGIN 0 və ya daha çox metr olmalıdır, {value:g} deyil.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="337" />
        <source>SHAPE must be 0 (convex hull), 1 (concave hull) or 2 (buffered union), not {value}.</source>
        <translation>SHAPE 0 (qabarıq örtük), 1 (çökük örtük) və ya 2 (buferlərin birləşməsi) olmalıdır, {value} deyil.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="340" />
        <source>MIN_EVIDENCE must be at least 1, not {value}.</source>
        <translation>MIN_EVIDENCE ən azı 1 olmalıdır, {value} deyil.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="342" />
        <source>MAX_TURNING_POINTS must be 0 (no limit) or at least 3 (a polygon has 3 or more turning points), not {value}.</source>
        <translation>MAX_TURNING_POINTS 0 (məhdudiyyətsiz) və ya ən azı 3 (poliqonun 3 və ya daha çox dönmə nöqtəsi olur) olmalıdır, {value} deyil.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="346" />
        <source>EVIDENCE holds no direct evidence (types {}) and no MINEFIELDS were given: there is nothing to make a confirmed hazardous area from.</source>
        <translation>EVIDENCE layında birbaşa sübut yoxdur ({} növləri) və MINEFIELDS verilməyib: təsdiqlənmiş təhlükəli ərazi yaratmaq üçün heç nə yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="350" />
        <source>EVIDENCE: no point has finite coordinates and no MINEFIELDS were given.</source>
        <translation>EVIDENCE: heç bir nöqtənin sonlu koordinatları yoxdur və MINEFIELDS verilməyib.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="419" />
        <source>MARGIN is {:g} m: {} area(s) have no extent (a single point, or points on a line): evidence {}. Give a MARGIN of at least 1 m.</source>
        <translation>MARGIN {:g} m-dir: {} ərazinin ölçüsü yoxdur (tək nöqtə və ya bir xətt üzərində nöqtələr): sübutlar {}. Ən azı 1 m MARGIN verin.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="426" />
        <source>{} group(s) of direct evidence found.</source>
        <translation>Birbaşa sübutların {} qrupu tapıldı.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="428" />
        <source>{} group(s) with fewer points than MIN_EVIDENCE left out.</source>
        <translation>MIN_EVIDENCE-dən az nöqtəsi olan {} qrup kənarda qaldı.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="430" />
        <source>{} point(s) with unusable coordinates skipped.</source>
        <translation>Yararsız koordinatlı {} nöqtə buraxıldı.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="431" />
        <source>{} minefield(s) joined to an evidence area.</source>
        <translation>{} mina sahəsi sübut ərazisinə birləşdirildi.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="432" />
        <source>{} minefield(s) made into a CHA of their own.</source>
        <translation>{} mina sahəsindən ayrıca TTƏ yaradıldı.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="433" />
        <source>{} minefield(s) without area skipped.</source>
        <translation>Sahəsi olmayan {} mina sahəsi buraxıldı.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="434" />
        <source>{} overlapping area(s) merged so that no CHAs overlap.</source>
        <translation>TTƏ-lər üst-üstə düşməsin deyə {} üst-üstə düşən ərazi birləşdirildi.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="435" />
        <source>{} CHA(s) simplified to MAX_TURNING_POINTS.</source>
        <translation>{} TTƏ MAX_TURNING_POINTS-ə qədər sadələşdirildi.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="458" />
        <source>{} evidence point(s) without geometry skipped: {}.</source>
        <translation>Həndəsəsi olmayan {} sübut nöqtəsi buraxıldı: {}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="469" />
        <source>{} evidence point(s) without evidence type skipped.</source>
        <translation>Sübut növü olmayan {} sübut nöqtəsi buraxıldı.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="474" />
        <source>{} evidence point(s) with an unknown evidence type skipped: {}</source>
        <translation>Naməlum sübut növlü {} sübut nöqtəsi buraxıldı: {}</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="479" />
        <source>{} direct and {} indirect evidence points.</source>
        <translation>{} birbaşa və {} dolayı sübut nöqtəsi.</translation>
    </message>
</context>
<context>
    <name>DelineateSha</name>
    <message>
        <location filename="../processing/delineatesha.py" line="20" />
        <source>Delineate suspected hazardous areas (SHA)</source>
        <translation>Şübhəli təhlükəli əraziləri (ŞTƏ) müəyyənləşdir</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="22" />
        <source>Hazard delineation</source>
        <translation>Təhlükəli ərazilərin sərhədlərinin müəyyənləşdirilməsi</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="25" />
        <source>Builds suspected hazardous areas (SHA) as a belt along a line of contact, from indirect evidence.

LINE: the line of contact (lines). Left and right are seen looking along the digitised direction of each line; the belt has flat ends.
DEPTH_LEFT / DEPTH_RIGHT: depth of the belt on each side, in metres (0 = no belt on that side). DEPTH_LEFT_FIELD / DEPTH_RIGHT_FIELD: optional fields of LINE that give a depth per line; empty values use the depths above.
INDIRECT: optional indirect evidence of any geometry type (defensive positions, trenches, reports), grown by INDIRECT_BUFFER metres and added to the belt.
EXCLUSIONS: optional polygons (settlements, released land) removed from the result.
DISTRICTS and DISTRICT_FIELD: optional polygons; the result is split per district and each hazard takes the district's code.
SEGMENT_LENGTH: split the belt into pieces covering this many metres of line each (0 = no split). MIN_AREA: pieces smaller than this many m² are dropped and counted in the log.

The output has the fields of the hazard layer: hazard_id &lt;ID_PREFIX&gt;-&lt;district&gt;-&lt;nnnn&gt; (NA without district), classification SHA, status open, and the ellipsoidal area in m². Distances are metres whatever the CRS: a geographic input, or one more than 0.5 % off the ground there (Web Mercator), is worked in the UTM zone of the data. The output is in the CRS of LINE.</source>
        <translation>Dolayı sübutlardan, təmas xətti boyunca zolaq şəklində şübhəli təhlükəli ərazilər (ŞTƏ) qurur.

LINE: təmas xətti (xətlər). Sol və sağ hər xəttin rəqəmsallaşdırılma istiqaməti boyunca baxaraq müəyyən edilir; zolağın ucları düzdür.
DEPTH_LEFT / DEPTH_RIGHT: zolağın hər tərəfdəki dərinliyi, metrlə (0 = həmin tərəfdə zolaq yoxdur). DEPTH_LEFT_FIELD / DEPTH_RIGHT_FIELD: LINE layının hər xətt üçün dərinlik verən istəyə bağlı sahələri; boş dəyərlər yuxarıdakı dərinlikləri istifadə edir.
INDIRECT: istənilən həndəsə növündə istəyə bağlı dolayı sübutlar (müdafiə mövqeləri, səngərlər, məlumatlar); INDIRECT_BUFFER metr genişləndirilir və zolağa əlavə olunur.
EXCLUSIONS: nəticədən çıxarılan istəyə bağlı poliqonlar (yaşayış məntəqələri, azad edilmiş ərazilər).
DISTRICTS və DISTRICT_FIELD: istəyə bağlı poliqonlar; nəticə rayonlar üzrə bölünür və hər təhlükəli ərazi rayonun kodunu alır.
SEGMENT_LENGTH: zolağı hər biri xəttin bu qədər metrini əhatə edən hissələrə böl (0 = bölmə). MIN_AREA: bu qədər m²-dən kiçik hissələr atılır və jurnalda sayılır.

Nəticə təhlükəli ərazi layının sahələrinə malikdir: hazard_id &lt;ID_PREFIX&gt;-&lt;district&gt;-&lt;nnnn&gt; (rayon yoxdursa NA), təsnifat SHA, status open və m² ilə ellipsoidal sahə. Məsafələr koordinat sistemindən asılı olmayaraq metrlədir: coğrafi giriş və ya orada yerdəki ölçülərdən 0,5 %-dən çox fərqlənən giriş (Web Mercator) məlumatların UTM zonasında işlənir. Nəticə LINE layının koordinat sistemindədir.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="65" />
        <source>Line of contact</source>
        <translation>Təmas xətti</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="66" />
        <source>Depth left of the line (m)</source>
        <translation>Xəttin solunda dərinlik (m)</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="67" />
        <source>Depth right of the line (m)</source>
        <translation>Xəttin sağında dərinlik (m)</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="70" />
        <source>Depth left per line (field)</source>
        <translation>Hər xətt üçün sol dərinlik (sahə)</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="76" />
        <source>Depth right per line (field)</source>
        <translation>Hər xətt üçün sağ dərinlik (sahə)</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="80" />
        <source>Indirect evidence</source>
        <translation>Dolayı sübutlar</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="81" />
        <source>Buffer around indirect evidence (m)</source>
        <translation>Dolayı sübutlar ətrafında bufer (m)</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="82" />
        <source>Exclusions</source>
        <translation>İstisnalar</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="83" />
        <source>Districts</source>
        <translation>Rayonlar</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="84" />
        <source>District code field</source>
        <translation>Rayon kodu sahəsi</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="87" />
        <source>Segment length along the line (m, 0 = no split)</source>
        <translation>Xətt boyunca seqment uzunluğu (m, 0 = bölmə)</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="90" />
        <source>Minimum area (m²)</source>
        <translation>Minimum sahə (m²)</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="91" />
        <source>Hazard id prefix</source>
        <translation>Təhlükəli ərazi ID prefiksi</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="92" />
        <source>Suspected hazardous areas</source>
        <translation>Şübhəli təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="99" />
        <source>LINE must be a line layer.</source>
        <translation>LINE xətt layı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="101" />
        <source>LINE has no features.</source>
        <translation>LINE layında obyekt yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="109" />
        <source>DISTRICTS has no field {}: choose DISTRICT_FIELD.</source>
        <translation>DISTRICTS layında {} sahəsi yoxdur: DISTRICT_FIELD-i seçin.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="118" />
        <source>Working CRS: {}</source>
        <translation>İş koordinat sistemi: {}</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="127" />
        <source>{} suspected hazardous areas, {:.0f} m² in all.</source>
        <translation>{} şübhəli təhlükəli ərazi, cəmi {:.0f} m².</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="230" />
        <source>{name} must be a number (got {value!r})</source>
        <translation>{name} rəqəm olmalıdır (verilən: {value!r})</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="231" />
        <source>{name} must be a finite number (got {value!r})</source>
        <translation>{name} sonlu rəqəm olmalıdır (verilən: {value!r})</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="232" />
        <source>{name} must not be negative (got {value:g} {unit})</source>
        <translation>{name} mənfi ola bilməz (verilən: {value:g} {unit})</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="234" />
        <source>LINE has no line to build a belt along: every line is without geometry or of zero length</source>
        <translation>LINE layında boyunca zolaq qurulacaq xətt yoxdur: bütün xətlər ya həndəsəsizdir, ya da sıfır uzunluqdadır</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="238" />
        <source>DEPTH_LEFT and DEPTH_RIGHT are 0 for every line and there is no INDIRECT evidence: there is no area to delineate</source>
        <translation>DEPTH_LEFT və DEPTH_RIGHT bütün xətlər üçün 0-dır və dolayı sübut (INDIRECT) yoxdur: sərhədlənəcək ərazi yoxdur</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="242" />
        <source>SEGMENT_LENGTH of {segment_length_m:g} m is too short for {line_km:.1f} km of line: it gives {segments} segments (at most {max_segments}); choose a longer SEGMENT_LENGTH</source>
        <translation>{segment_length_m:g} m SEGMENT_LENGTH {line_km:.1f} km xətt üçün çox qısadır: {segments} hissə alınır (ən çoxu {max_segments}); daha uzun SEGMENT_LENGTH seçin</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="246" />
        <source>{name} must hold polygons: item {item} is a {type}</source>
        <translation>{name} poliqonlardan ibarət olmalıdır: {item} elementi {type}-dir</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="248" />
        <source>LINE: line {line} has a coordinate that is NaN or infinite</source>
        <translation>LINE: {line} xəttinin NaN və ya sonsuz koordinatı var</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="298" />
        <source>{}: line {} has the depth {!r}; a depth is a number of metres, 0 or more. Correct it, or leave it empty to use the default depth.</source>
        <translation>{}: {} xəttinin dərinliyi: {!r}; dərinlik metrlə 0 və ya daha böyük ədəddir. Onu düzəldin və ya susmaya görə dərinlikdən istifadə etmək üçün boş saxlayın.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="316" />
        <source>LINE: {} line(s) without geometry or of zero length skipped: {}.</source>
        <translation>LINE: həndəsəsi olmayan və ya uzunluğu sıfır olan {} xətt buraxıldı: {}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="330" />
        <source>{}: {} feature(s) without geometry skipped.</source>
        <translation>{}: həndəsəsi olmayan {} obyekt buraxıldı.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="338" />
        <source>{} piece(s) smaller than MIN_AREA dropped.</source>
        <translation>MIN_AREA-dan kiçik {} hissə atıldı.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="339" />
        <source>Area dropped with them: {:.0f} m².</source>
        <translation>Onlarla birlikdə atılan sahə: {:.0f} m².</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="340" />
        <source>{} part(s) outside every district (district NA).</source>
        <translation>Heç bir rayona düşməyən {} hissə (rayon NA).</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="341" />
        <source>{} invalid polygon(s) repaired.</source>
        <translation>{} yanlış poliqon düzəldildi.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="343" />
        <source>{} indirect point(s)/line(s) add nothing: INDIRECT_BUFFER is 0.</source>
        <translation>{} dolayı nöqtə/xətt heç nə əlavə etmir: INDIRECT_BUFFER 0-dır.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="346" />
        <source>{} district(s) overlap another; the overlap went to the first.</source>
        <translation>{} rayon başqası ilə üst-üstə düşür; üst-üstə düşən hissə birinciyə verildi.</translation>
    </message>
</context>
<context>
    <name>ExportImsma</name>
    <message>
        <location filename="../processing/exportimsma.py" line="142" />
        <source>Export to IMSMA (GeoJSON + point lists)</source>
        <translation>IMSMA-ya ixrac (GeoJSON + nöqtə siyahıları)</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="144" />
        <source>Data exchange</source>
        <translation>Məlumat mübadiləsi</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="147" />
        <source>Writes hazards and land releases for IMSMA into a folder.

hazards.geojson, land_releases.geojson: RFC 7946 GeoJSON in WGS 84 (longitude, latitude; 9 decimals, 0.1 mm), UTF-8. Every attribute is kept; dates are ISO 8601 text. The property imsma_id holds the imsma_id, or the hazard_id / release_id where imsma_id is empty; imsma_links (the links to other IMSMA Core items) is kept as stored, and land releases carry their review state (qa_status, reviewed_by, reviewed_on, review_remarks).
hazard_points.csv, land_release_points.csv: the polygon point lists as IMSMA keeps them (UTF-8 without BOM, comma separated, header row): imsma_id, point_no, point_type, latitude, longitude, bearing_deg, distance_m, bearing_entered, distance_entered, entered_as, bearing_unit, north. The exterior vertices without the repeated closing vertex, numbered clockwise from the northernmost one. bearing_deg and distance_m describe the leg from the previous point: true (geodesic, WGS 84) bearing in degrees and ellipsoidal distance in metres, rounded to 0.01; point 1 carries the closing leg from the last point. Point 1 is 'start', the others 'turning', unless a survey point (POINTS, owner_id = the hazard or release id) lies within 0.5 m of the vertex: then its point type and its bearing, unit, north, distance and text as entered.
Multi-part polygons: each part is its own point list, the second part with the id followed by #2, and so on. Holes are kept in the GeoJSON but not in the point lists.

HAZARDS: polygons with the hazard fields. RELEASES: optional land release polygons. POINTS: optional survey points. OUTPUT: the folder (created if needed; files of the same names are replaced). The files are written beside the folder first and moved into it at the end: an export that fails changes nothing. Refused, by feature: NaN or infinite coordinates, invalid polygons (self-intersecting, without area), text that no file can hold, an imsma_id (or the hazard_id / release_id standing in for it) longer than 50 characters, of blanks only or with a control character, imsma_links that is not text, and an imsma_id used twice. Features outside the programme's area and values that are no code of their list (which the import refuses) are named in a warning.</source>
        <translation>Təhlükəli əraziləri və azad edilmiş əraziləri IMSMA üçün qovluğa yazır.

hazards.geojson, land_releases.geojson: WGS 84-də RFC 7946 GeoJSON (uzunluq, enlik; 9 onluq rəqəm, 0,1 mm), UTF-8. Bütün atributlar saxlanılır; tarixlər ISO 8601 mətnidir. imsma_id xassəsi imsma_id-ni, imsma_id boş olduqda isə hazard_id / release_id-ni saxlayır; imsma_links (digər IMSMA Core elementlərinə keçidlər) saxlanıldığı kimi yazılır, azad edilmiş ərazilər isə öz yoxlama vəziyyətini (qa_status, reviewed_by, reviewed_on, review_remarks) daşıyır.
hazard_points.csv, land_release_points.csv: IMSMA-nın saxladığı kimi poliqonların nöqtə siyahıları (BOM-suz UTF-8, vergüllə ayrılmış, başlıq sətri ilə): imsma_id, point_no, point_type, latitude, longitude, bearing_deg, distance_m, bearing_entered, distance_entered, entered_as, bearing_unit, north. Təkrarlanan qapanma təpəsi olmadan xarici təpələr, ən şimaldakından başlayaraq saat əqrəbi istiqamətində nömrələnir. bearing_deg və distance_m əvvəlki nöqtədən gələn hissəni təsvir edir: dərəcə ilə həqiqi (geodezik, WGS 84) azimut və metrlə ellipsoidal məsafə, 0,01-ə qədər yuvarlaqlaşdırılır; 1-ci nöqtə sonuncu nöqtədən gələn qapanma hissəsini daşıyır. 1-ci nöqtə 'start', digərləri 'turning'dir, əgər təpədən 0,5 m məsafədə tədqiqat nöqtəsi (POINTS, owner_id = təhlükəli ərazinin və ya azad edilmiş ərazinin id-si) yoxdursa: varsa, onun nöqtə növü, azimutu, vahidi, şimalı, məsafəsi və daxil edildiyi kimi mətni götürülür.
Çoxhissəli poliqonlar: hər hissə öz nöqtə siyahısıdır, ikinci hissə id-dən sonra #2 ilə və s. Deşiklər GeoJSON-da saxlanılır, lakin nöqtə siyahılarında yox.

HAZARDS: təhlükəli ərazi sahələri olan poliqonlar. RELEASES: istəyə bağlı azad edilmiş ərazi poliqonları. POINTS: istəyə bağlı tədqiqat nöqtələri. OUTPUT: qovluq (lazım olduqda yaradılır; eyni adlı fayllar əvəz olunur). Fayllar əvvəlcə qovluğun yanında yazılır və sonda onun içinə köçürülür: uğursuz ixrac heç nəyi dəyişmir. Obyekt üzrə rədd edilir: NaN və ya sonsuz koordinatlar, yanlış poliqonlar (öz-özünü kəsən, sahəsiz), heç bir faylın saxlaya bilmədiyi mətn, 50 simvoldan uzun, yalnız boşluqlardan ibarət və ya idarəedici simvollu imsma_id (yaxud onu əvəz edən hazard_id / release_id), mətn olmayan imsma_links və iki dəfə istifadə olunan imsma_id. Proqram ərazisindən kənar obyektlər və öz siyahısının kodu olmayan qiymətlər (idxal onları rədd edir) xəbərdarlıqda adlandırılır.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="185" />
        <source>Hazards</source>
        <translation>Təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="186" />
        <source>Land releases</source>
        <translation>Azad edilmiş ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="187" />
        <source>Survey points</source>
        <translation>Tədqiqat nöqtələri</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="188" />
        <source>Output folder</source>
        <translation>Çıxış qovluğu</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="195" />
        <source>HAZARDS has no features (or none selected): there is nothing to export.</source>
        <translation>HAZARDS layında obyekt yoxdur (və ya heç biri seçilməyib): ixrac ediləcək heç nə yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="203" />
        <source>Choose an OUTPUT folder.</source>
        <translation>OUTPUT qovluğunu seçin.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="206" />
        <source>OUTPUT: {} is a file, not a folder: choose a folder.</source>
        <translation>OUTPUT: {} qovluq deyil, fayldır: qovluq seçin.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="224" />
        <source>Cancelled: nothing was written.</source>
        <translation>Ləğv edildi: heç nə yazılmadı.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="234" />
        <source>{} survey point(s) belong to no exported hazard or release (owner_id {}).</source>
        <translation>{} tədqiqat nöqtəsi ixrac edilən heç bir təhlükəli əraziyə və ya azad edilmiş əraziyə aid deyil (owner_id {}).</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="264" />
        <source>OUTPUT: the export could not be written to {}: {}. Nothing was changed.</source>
        <translation>OUTPUT: ixrac {} qovluğuna yazıla bilmədi: {}. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="276" />
        <source>Removed {} of an earlier export (no RELEASES given).</source>
        <translation>Əvvəlki ixracın {} faylı silindi (RELEASES verilməyib).</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="295" />
        <source>{}: {} feature(s); {}: {} point(s) in {} point list(s).</source>
        <translation>{}: {} obyekt; {}: {} nöqtə siyahısında {} nöqtə.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="313" />
        <source>{} must be a polygon layer, not {}.</source>
        <translation>{} poliqon layı olmalıdır, {} yox.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="319" />
        <source>{} has no valid CRS: set its CRS first.</source>
        <translation>{} layının düzgün koordinat sistemi yoxdur: əvvəlcə onun koordinat sistemini təyin edin.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="325" />
        <source>{} has neither {} nor imsma_id: there is no id to export.</source>
        <translation>{} layında nə {}, nə də imsma_id var: ixrac ediləcək id yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="333" />
        <source>POINTS must be a point layer.</source>
        <translation>POINTS nöqtə layı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="338" />
        <source>POINTS has no field {}: give survey points.</source>
        <translation>POINTS layında {} sahəsi yoxdur: tədqiqat nöqtələrini verin.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="359" />
        <source>{} of {}</source>
        <translation>{} ({} üçün)</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="375" />
        <source>POINTS: {} survey point(s) have a coordinate that is NaN or infinite, or cannot be placed on the earth: {}. Correct them: nothing was written.</source>
        <translation>POINTS: {} tədqiqat nöqtəsinin koordinatı NaN və ya sonsuzdur, ya da yer üzərində yerləşdirilə bilmir: {}. Onları düzəldin: heç nə yazılmadı.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="381" />
        <source>{} survey point(s) without owner_id or geometry skipped.</source>
        <translation>owner_id-si və ya həndəsəsi olmayan {} tədqiqat nöqtəsi buraxıldı.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="485" />
        <source>Left out of the point list: {}</source>
        <translation>Nöqtə siyahısına daxil edilmədi: {}</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="507" />
        <source>{}: {} feature(s) cannot be exported as they are: {}. Correct them (Check land release data lists invalid geometries): nothing was written.</source>
        <translation>{}: {} obyekt olduğu kimi ixrac edilə bilmir: {}. Onları düzəldin (“Ərazinin azad edilməsi məlumatlarını yoxla” yanlış həndəsələri sadalayır): heç nə yazılmadı.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="516" />
        <source>{}: imsma_id (or {} where imsma_id is empty) must be unique to link the point lists; used more than once: {}</source>
        <translation>{}: nöqtə siyahılarını bağlamaq üçün imsma_id (imsma_id boş olduqda {}) unikal olmalıdır; bir dəfədən çox istifadə olunub: {}</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="524" />
        <source>{}: the point lists of multi-part polygons are named id#2, id#3…, and these names are ids of other features: {}</source>
        <translation>{}: çoxhissəli poliqonların nöqtə siyahıları id#2, id#3… adlanır və bu adlar başqa obyektlərin id-ləridir: {}</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="540" />
        <source>{}: {} value(s) are no code of their list (the codes in brackets), as landrelease:checkdata reports them; importimsma refuses them: {}.</source>
        <translation>{}: {} qiymət öz siyahısının kodu deyil (kodlar mötərizədədir) — landrelease:checkdata onları belə göstərir; importimsma onları rədd edir: {}.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="546" />
        <source>{}: {} feature(s) without {} and imsma_id skipped: {}.</source>
        <translation>{}: {} obyekt buraxıldı ({} və imsma_id yoxdur): {}.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="552" />
        <source>{}: {} feature(s) without geometry (no point list): {}.</source>
        <translation>{}: həndəsəsi olmayan {} obyekt (nöqtə siyahısı yoxdur): {}.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="559" />
        <source>{}: {} hole(s) in {} polygon(s) are not represented in the point lists (the GeoJSON keeps them).</source>
        <translation>{}: {} deşik ({} poliqonda) nöqtə siyahılarında göstərilmir (GeoJSON onları saxlayır).</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="566" />
        <source>{}: {} survey point(s) lie on no vertex (reference points, benchmarks, evidence…) and are not in the point lists.</source>
        <translation>{}: {} tədqiqat nöqtəsi heç bir təpənin üzərində deyil (oriyentir nöqtələri, reperlər, sübutlar…) və nöqtə siyahılarına daxil deyil.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="582" />
        <source>{}: {} holds {!r}, an unpaired surrogate: text that no file can hold</source>
        <translation>{}: {} sahəsində {!r} var, cütsüz surroqat: heç bir faylın saxlaya bilmədiyi mətn</translation>
    </message>
</context>
<context>
    <name>ImportImsma</name>
    <message>
        <location filename="../processing/importimsma.py" line="80" />
        <source>Import from IMSMA (GeoJSON + point lists)</source>
        <translation>IMSMA-dan idxal (GeoJSON + nöqtə siyahıları)</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="82" />
        <source>Data exchange</source>
        <translation>Məlumat mübadiləsi</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="85" />
        <source>Reads a folder written by 'Export to IMSMA' (or by IMSMA in the same layout) back into hazard and land release layers (WGS 84, the fields of the land release data model).

hazards.geojson / land_releases.geojson give the attributes; hazard_points.csv / land_release_points.csv the polygons: each polygon is rebuilt from its point list, points in point_no order (reference points, benchmarks and evidence points left out, a repeated closing vertex dropped). Point lists named id#2, id#3… are further parts of polygon id. Holes are taken from the GeoJSON geometry. Features are linked by imsma_id (else the feature id, else hazard_id / release_id). Without a CSV the GeoJSON geometry is used.

imsma_id is stored without surrounding blanks; a feature without one gets its hazard_id / release_id, as the export writes it. imsma_links is kept exactly as written, and so is the review state of land releases (qa_status, reviewed_by, reviewed_on, review_remarks); a land release without qa_status is imported as pending (not yet reviewed).

Cross-check: the polygon of each point list must agree with the GeoJSON geometry of the same id within 1 m (the Hausdorff distance between their outer boundaries, edges included). When they do not, the likely cause is named: latitude and longitude swapped, a lost minus sign (W or S), degrees and minutes written as decimal degrees, another datum or CRS (every point moved alike), the point order, missing points, or unknown.

The programme's area: DISTRICTS (optional, e.g. the district layer of your land release database) gives it as their extent plus 10 km; without DISTRICTS it is the UTM zone that holds most points of the folder. Every polygon must lie inside it.

All or nothing: a file, row or feature that is wrong (a point list that disagrees with its GeoJSON, a polygon outside the programme's area, a file that is missing, not UTF-8, not comma-separated, not valid JSON or not polygons, NaN or infinite coordinates, an id used twice, too long or in only one of the two files, a value that is not valid for its field: an imsma_id longer than 50 characters, of blanks only or with a control character, imsma_links that is not text, a code that is not in its list such as a qa_status other than pending, passed or failed, a hazard_id or release_id used twice) refuses the whole import with every problem named by file, line or feature id, and no layer is written. A partial import would leave hazards out without anyone noticing, and one wrong feature often means the file was made wrong: correct the files (or IMSMA's export) and import again.</source>
        <translation>'Export to IMSMA' (və ya eyni quruluşda IMSMA) tərəfindən yazılmış qovluğu yenidən təhlükəli ərazi və ərazinin azad edilməsi laylarına oxuyur (WGS 84, ərazinin azad edilməsi məlumat modelinin sahələri ilə).

hazards.geojson / land_releases.geojson atributları verir; hazard_points.csv / land_release_points.csv poliqonları: hər poliqon öz nöqtə siyahısından, point_no sırası ilə nöqtələrdən yenidən qurulur (oriyentir nöqtələri, reperlər və sübut nöqtələri buraxılır, təkrarlanan qapanma təpəsi atılır). id#2, id#3… adlı nöqtə siyahıları id poliqonunun sonrakı hissələridir. Deşiklər GeoJSON həndəsəsindən götürülür. Obyektlər imsma_id ilə (yoxdursa obyektin id-si ilə, o da yoxdursa hazard_id / release_id ilə) bağlanır. CSV olmadıqda GeoJSON həndəsəsi istifadə olunur.

imsma_id kənarlarındakı boşluqlar olmadan saxlanılır; onu olmayan obyekt, ixracın yazdığı kimi, öz hazard_id / release_id-sini alır. imsma_links yazıldığı kimi dəqiq saxlanılır, azad edilmiş ərazilərin yoxlama vəziyyəti (qa_status, reviewed_by, reviewed_on, review_remarks) də; qa_status-u olmayan azad edilmiş ərazi pending (hələ yoxlanılmayıb) kimi idxal olunur.

Çarpaz yoxlama: hər nöqtə siyahısının poliqonu eyni id-li GeoJSON həndəsəsi ilə 1 m dəqiqliklə uyğun gəlməlidir (onların xarici sərhədləri arasındakı Hausdorff məsafəsi, tərəfləri də nəzərə alınmaqla). Uyğun gəlmədikdə ehtimal olunan səbəb adlandırılır: enlik və uzunluğun yerləri dəyişdirilib, mənfi işarəsi itib (W və ya S), dərəcə və dəqiqələr onluq dərəcə kimi yazılıb, başqa datum və ya koordinat sistemi (bütün nöqtələr eyni cür sürüşüb), nöqtələrin sırası, çatışmayan nöqtələr və ya naməlum.

Proqram ərazisi: DISTRICTS (istəyə bağlı, məs., ərazinin azad edilməsi məlumat bazanızın rayon layı) onu rayonların əhatə dairəsi üstəgəl 10 km kimi verir; DISTRICTS olmadıqda bu, qovluğun ən çox nöqtəsini saxlayan UTM zonasıdır. Hər poliqon onun içində olmalıdır.

Ya hamısı, ya heç nə: yanlış olan fayl, sətir və ya obyekt (GeoJSON-u ilə uyğun gəlməyən nöqtə siyahısı, proqram ərazisindən kənar poliqon, olmayan, UTF-8 olmayan, vergüllə ayrılmamış, düzgün JSON olmayan və ya poliqon olmayan fayl, NaN və ya sonsuz koordinatlar, iki dəfə istifadə olunan, çox uzun və ya iki fayldan yalnız birində olan id, öz sahəsi üçün düzgün olmayan qiymət: 50 simvoldan uzun, yalnız boşluqlardan ibarət və ya idarəedici simvollu imsma_id, mətn olmayan imsma_links, öz siyahısında olmayan kod, məsələn pending, passed və ya failed-dən başqa qa_status, iki dəfə istifadə olunan hazard_id və ya release_id) bütün idxalı rədd edir: hər problem fayl, sətir və ya obyekt id-si ilə adlandırılır və heç bir lay yazılmır. Qismən idxal heç kimin fərqinə varmadan təhlükəli əraziləri kənarda qoyardı, bir yanlış obyekt isə çox vaxt faylın səhv hazırlandığı deməkdir: faylları (və ya IMSMA-nın ixracını) düzəldin və yenidən idxal edin.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="128" />
        <source>IMSMA exchange folder</source>
        <translation>IMSMA mübadilə qovluğu</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="131" />
        <source>Districts of the programme (its area: their extent plus 10 km)</source>
        <translation>Proqramın rayonları (onun ərazisi: rayonların əhatə dairəsi üstəgəl 10 km)</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="135" />
        <source>Hazards</source>
        <translation>Təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="136" />
        <source>Land releases</source>
        <translation>Azad edilmiş ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="156" />
        <source>The programme's area is here the UTM zone of most points in the folder; if these features do belong to the programme, give its districts as DISTRICTS and import again.</source>
        <translation>Burada proqram ərazisi qovluqdakı nöqtələrin çoxunun UTM zonasıdır; bu obyektlər həqiqətən proqrama aiddirsə, onun rayonlarını DISTRICTS kimi verin və yenidən idxal edin.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="180" />
        <source>INPUT must be an existing folder, not {!r}.</source>
        <translation>INPUT mövcud qovluq olmalıdır, {!r} yox.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="185" />
        <source>The INPUT folder {} holds none of the IMSMA exchange files ({}).</source>
        <translation>INPUT qovluğu {}: IMSMA mübadilə fayllarından heç biri yoxdur ({}).</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="201" />
        <source>No {} and no {}: no {} features.</source>
        <translation>Nə {}, nə də {} var: {} obyekti yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="209" />
        <source>{} is there without {}: its point lists have no attributes and nothing to be checked against. Put {} (exported with it) beside it.</source>
        <translation>{} var, lakin {} yoxdur: onun nöqtə siyahılarının atributları və müqayisə ediləcəyi heç nə yoxdur. {} faylını (onunla birlikdə ixrac edilmiş) onun yanına qoyun.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="219" />
        <source>No {}: the geometry of {} is used.</source>
        <translation>{} yoxdur: {} həndəsəsi istifadə olunur.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="244" />
        <source>{} has no imsma_id, no id and no {}.</source>
        <translation>{}: imsma_id, id və {} yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="253" />
        <source>the id (imsma_id, else {})</source>
        <translation>id (imsma_id, yoxdursa {})</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="262" />
        <source>{}: feature {}</source>
        <translation>{}: obyekt {}</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="292" />
        <source>{}: {} {} is used by more than one feature: features {}. Each needs its own: correct the file.</source>
        <translation>{}: {} {} birdən çox obyektdə istifadə olunur: obyektlər {}. Hər birinin özünün olmalıdır: faylı düzəldin.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="322" />
        <source>{} (point list {}) {}</source>
        <translation>{} (nöqtə siyahısı {}) {}</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="330" />
        <source>{}: {} more bad line(s).</source>
        <translation>{}: daha {} yanlış sətir.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="346" />
        <source>{}: point lists of ids that {} does not have: {}.</source>
        <translation>{}: {} faylında olmayan id-lərin nöqtə siyahıları: {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="354" />
        <source>{}: point lists of features that have no geometry in {}, so their points cannot be checked: {}.</source>
        <translation>{}: {} faylında həndəsəsi olmayan obyektlərin nöqtə siyahıları, ona görə onların nöqtələri yoxlanıla bilmir: {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="363" />
        <source>{}: features that have no point list in {}: {}.</source>
        <translation>{}: {} faylında nöqtə siyahısı olmayan obyektlər: {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="398" />
        <source>{}: {} hole(s) of {} lie in none of its parts.</source>
        <translation>{}: {} deşik ({} obyektinə aid) onun heç bir hissəsinə düşmür.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="414" />
        <source>{} does not agree with {} for {} of {} feature(s): their points lie up to {} from the GeoJSON geometry (tolerance {} m).</source>
        <translation>{} faylı {} faylı ilə {} obyektdə ({} obyektdən) uyğun gəlmir: onların nöqtələri GeoJSON həndəsəsindən ən çoxu {} uzaqdadır (dözümlülük {} m).</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="429" />
        <source>Likely cause: {}. With that corrected, the points of all {} agree with the GeoJSON: correct {} and import again. Features: {}.</source>
        <translation>Ehtimal olunan səbəb: {}. Bu düzəldildikdə {} obyektin hamısının nöqtələri GeoJSON ilə uyğun gəlir: {} faylını düzəldin və yenidən idxal edin. Obyektlər: {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="475" />
        <source>All {} of these point lists lie outside the programme's area ({}) and their GeoJSON geometries inside it: the GeoJSON is likely right.</source>
        <translation>Bu {} nöqtə siyahısının hamısı proqram ərazisindən ({}) kənardadır, onların GeoJSON həndəsələri isə onun içindədir: ehtimal ki, GeoJSON düzgündür.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="481" />
        <source>The point lists of {} lie outside the programme's area ({}) and their GeoJSON geometries inside it: the GeoJSON is likely right.</source>
        <translation>{} üçün nöqtə siyahıları proqram ərazisindən ({}) kənardadır, onların GeoJSON həndəsələri isə onun içindədir: ehtimal ki, GeoJSON düzgündür.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="496" />
        <source>{} at point(s) {} (line(s) {})</source>
        <translation>{} — nöqtələr: {} (sətirlər: {})</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="513" />
        <source>{}: {} lies outside the programme's area ({}): {} of {} vertices, the farthest at {} (latitude, longitude), about {} km away. Check for a swapped latitude and longitude, a decimal comma, or a wrong UTM or Gauss–Krüger zone.</source>
        <translation>{}: {} proqram ərazisindən ({}) kənardadır: {} təpə ({} təpədən), ən uzağı {} (enlik, uzunluq) nöqtəsində, təxminən {} km uzaqda. Enlik və uzunluğun yerdəyişməsini, onluq vergülü və ya yanlış UTM ya Gauss–Krüger zonasını yoxlayın.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="557" />
        <source>{}: properties that are no field of the {} layer, not imported: {}.</source>
        <translation>{}: {} layının sahəsi olmayan xassələr idxal edilmədi: {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="563" />
        <source>{}: {} release(s) without qa_status imported as pending (not yet reviewed).</source>
        <translation>{}: qa_status-u olmayan {} azad edilmiş ərazi pending (hələ yoxlanılmayıb) kimi idxal olundu.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="590" />
        <source>{}: {}: {} = {} is not a valid {} value.</source>
        <translation>{}: {}: {} = {} düzgün {} qiyməti deyil.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="605" />
        <source>{}: {}: {} {} is not one of the codes {}: write one of them.</source>
        <translation>{}: {}: {} {} {} kodlarından biri deyil: onlardan birini yazın.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="620" />
        <source>{}: {}: {} {} is longer than the field's {} characters.</source>
        <translation>{}: {}: {} {} sahənin {} simvolundan uzundur.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="632" />
        <source>{}: {}: {} holds a character that cannot be stored (a NUL or half of a UTF-16 pair).</source>
        <translation>{}: {}: {} sahəsində saxlanıla bilməyən simvol var (NUL və ya UTF-16 cütünün yarısı).</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="642" />
        <source>… and {} more problem(s).</source>
        <translation>… və daha {} problem.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="644" />
        <source>Nothing was imported from the INPUT folder {}: correct these and import again.</source>
        <translation>INPUT qovluğu {}: heç nə idxal edilmədi; bunları düzəldin və yenidən idxal edin.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="661" />
        <source>DISTRICTS has no district with a geometry: the programme's area is unknown.</source>
        <translation>DISTRICTS layında həndəsəsi olan rayon yoxdur: proqram ərazisi naməlumdur.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="669" />
        <source>Programme's area (DISTRICTS' extent plus {} km): {}.</source>
        <translation>Proqram ərazisi (DISTRICTS-in əhatə dairəsi üstəgəl {} km): {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="682" />
        <source>Programme's area (UTM zone {}{}, the zone of most points in the folder; DISTRICTS gives the programme's own): {}.</source>
        <translation>Proqram ərazisi (UTM zonası {}{}, qovluqdakı nöqtələrin çoxunun zonası; proqramın öz ərazisini DISTRICTS verir): {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="723" />
        <source>{} could not be written to {}.</source>
        <translation>{} obyekti {} çıxışına yazıla bilmədi.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="729" />
        <source>Invalid polygons (as in both files; landrelease:checkdata says where): {}</source>
        <translation>Yanlış poliqonlar (hər iki faylda olduğu kimi; landrelease:checkdata yerini göstərir): {}</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="733" />
        <source>{}: {} feature(s) read.</source>
        <translation>{}: {} obyekt oxundu.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="753" />
        <source>{} m</source>
        <translation>{} m</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="754" />
        <source>{} km</source>
        <translation>{} km</translation>
    </message>
</context>
<context>
    <name>LandRelease</name>
    <message>
        <location filename="../toolbelt/__init__.py" line="43" />
        <source>This needs the Python package shapely 2 or newer (found: {}). Install it with Land Release ▸ Install Python Packages… (into the QGIS profile), or 'apt install python3-shapely' on Debian 13, then restart QGIS.</source>
        <translation>Bunun üçün shapely 2 və ya daha yeni Python paketi lazımdır (tapılan: {}). Onu Ərazinin azad edilməsi ▸ Python paketlərini quraşdır… ilə (QGIS profilinə) və ya Debian 13-də 'apt install python3-shapely' ilə quraşdırın, sonra QGIS-i yenidən başladın.</translation>
    </message>
    <message>
        <location filename="../toolbelt/__init__.py" line="47" />
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
</context>
<context>
    <name>LandReleaseAreaReport</name>
    <message>
        <location filename="../core/area_report.py" line="64" />
        <source>Unknown district</source>
        <translation>Naməlum rayon</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="90" />
        <source>The PDF could not be written to {}: {}</source>
        <translation>PDF {} faylına yazıla bilmədi: {}</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="105" />
        <location filename="../layouts/area_report.py" line="115" />
        <source>Land release report</source>
        <translation>Ərazinin azad edilməsi hesabatı</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="117" />
        <source>Hazardous areas, land released and items found, by district</source>
        <translation>Təhlükəli ərazilər, azad edilmiş ərazilər və tapılan sursat, rayonlar üzrə</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="124" />
        <location filename="../layouts/area_report.py" line="322" />
        <location filename="../layouts/area_report.py" line="330" />
        <source>No land release in this period.</source>
        <translation>Bu dövrdə ərazinin azad edilməsi olmayıb.</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="134" />
        <location filename="../layouts/area_report.py" line="375" />
        <source>All districts</source>
        <translation>Bütün rayonlar</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="136" />
        <source>Period</source>
        <translation>Dövr</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="137" />
        <location filename="../layouts/area_report.py" line="234" />
        <location filename="../layouts/area_report.py" line="302" />
        <source>District</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="140" />
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="141" />
        <source>Printed on</source>
        <translation>Çap tarixi</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="153" />
        <source>Figure</source>
        <translation>Göstərici</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="153" />
        <source>Value</source>
        <translation>Qiymət</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="155" />
        <source>Suspected hazardous areas (SHA)</source>
        <translation>Şübhəli təhlükəli ərazilər (ŞTƏ)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="156" />
        <location filename="../layouts/area_report.py" line="160" />
        <source>{} — {} ha</source>
        <translation>{} — {} ha</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="159" />
        <source>Confirmed hazardous areas (CHA)</source>
        <translation>Təsdiqlənmiş təhlükəli ərazilər (TTƏ)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="163" />
        <source>Hazardous ground (SHA and CHA, overlaps once)</source>
        <translation>Təhlükəli torpaq (ŞTƏ və TTƏ, üst-üstə düşən hissə bir dəfə)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="164" />
        <location filename="../layouts/area_report.py" line="166" />
        <location filename="../layouts/area_report.py" line="179" />
        <source>{} ha</source>
        <translation>{} ha</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="166" />
        <location filename="../layouts/area_report_map.py" line="72" />
        <source>Released in the period</source>
        <translation>Dövr ərzində azad edilib</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="168" />
        <source>  cancelled / reduced / cleared</source>
        <translation>  ləğv edilmiş / azaldılmış / təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="169" />
        <source>{} / {} / {} ha</source>
        <translation>{} / {} / {} ha</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="174" />
        <source>Remaining at the end of the period (SHA / CHA)</source>
        <translation>Dövrün sonunda qalan (ŞTƏ / TTƏ)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="175" />
        <source>{} / {} ha</source>
        <translation>{} / {} ha</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="178" />
        <source>Remaining hazardous ground (overlaps once)</source>
        <translation>Qalan təhlükəli torpaq (üst-üstə düşən hissə bir dəfə)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="182" />
        <source>Pending review at the end of the period</source>
        <translation>Dövrün sonunda yoxlama gözləyir</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="184" />
        <source>{} ha (part of remaining)</source>
        <translation>{} ha (qalanın bir hissəsi)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="186" />
        <source>{} ha (counted as released)</source>
        <translation>{} ha (azad edilmiş kimi sayılır)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="189" />
        <source>Releases completed in the period</source>
        <translation>Dövr ərzində başa çatmış azad edilmələr</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="191" />
        <source>Items found: AP / AT / UXO / CM</source>
        <translation>Tapılan sursat: PƏM / TƏM / PHS / KS</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="201" />
        <source>How to read the figures</source>
        <translation>Rəqəmləri necə oxumalı</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="203" />
        <source>• Areas are ellipsoidal (WGS 84), in hectares. They are the figures of the land release summary: remaining = the summary as of the end of the period; released in the period = the summary at the end minus the summary on the day before the start. A release that ended before the period is not in the released figures but is no longer remaining.</source>
        <translation>• Sahələr ellipsoidaldır (WGS 84), hektarla. Bunlar ərazinin azad edilməsi üzrə yekunun rəqəmləridir: qalan = dövrün sonuna olan yekun; dövr ərzində azad edilən = sondakı yekun çıxılsın başlanğıcdan əvvəlki gündəki yekun. Dövrdən əvvəl başa çatmış azad edilmə azad edilmiş rəqəmlərə daxil deyil, lakin artıq qalan da deyil.</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="210" />
        <source>• A CHA usually lies inside an SHA. Each hazard is accounted on its own, so SHA and CHA figures are given apart, and their sum counts the ground of a CHA twice; 'ground' figures count it once (area of the union).</source>
        <translation>• TTƏ adətən ŞTƏ-nin daxilində olur. Hər təhlükəli ərazi ayrıca hesablanır, ona görə ŞTƏ və TTƏ rəqəmləri ayrı verilir və onların cəmi TTƏ-nin torpağını iki dəfə sayır; 'torpaq' rəqəmləri onu bir dəfə sayır (birləşmənin sahəsi).</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="215" />
        <source>• Ground released before the period and given a stronger outcome in it (reduced, then cleared) moves from one outcome to the other: an outcome of the period can be negative, the released total never is.</source>
        <translation>• Dövrdən əvvəl azad edilmiş və dövr ərzində daha güclü nəticə almış torpaq (əvvəl azaldılmış, sonra təmizlənmiş) bir nəticədən digərinə keçir: dövrün bir nəticəsi mənfi ola bilər, azad edilmiş cəm isə heç vaxt.</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="220" />
        <source>• District of a hazard: its district field, else the district polygon holding most of it. Items found: the releases that ended in the period.</source>
        <translation>• Təhlükəli ərazinin rayonu: onun district sahəsi, yoxdursa, onun böyük hissəsini əhatə edən rayon poliqonu. Tapılan sursat: dövr ərzində başa çatmış azad edilmələr üzrə.</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="224" />
        <source>• A release that failed quality management review counts nowhere. Pending: ground released only by releases not yet reviewed; official figures count it as remaining, operational figures as released.</source>
        <translation>• Keyfiyyət idarəetməsinin yoxlamasından keçməyən azad edilmə heç yerdə sayılmır. Yoxlama gözləyən: yalnız hələ yoxlanılmamış azad edilmələrlə azad edilmiş torpaq; rəsmi göstəricilər onu qalan, əməliyyat göstəriciləri isə azad edilmiş kimi sayır.</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="234" />
        <source>SHA</source>
        <translation>ŞTƏ</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="234" />
        <source>SHA ha</source>
        <translation>ŞTƏ ha</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="234" />
        <source>CHA</source>
        <translation>TTƏ</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="234" />
        <source>CHA ha</source>
        <translation>TTƏ ha</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="234" />
        <source>Cancelled ha</source>
        <translation>Ləğv edilmiş ha</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="235" />
        <source>Reduced ha</source>
        <translation>Azaldılmış ha</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="235" />
        <source>Cleared ha</source>
        <translation>Təmizlənmiş ha</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="235" />
        <source>Released ha</source>
        <translation>Azad edilmiş ha</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="235" />
        <source>Remaining SHA ha</source>
        <translation>Qalan ŞTƏ ha</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="236" />
        <source>Remaining CHA ha</source>
        <translation>Qalan TTƏ ha</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="236" />
        <source>Remaining ground ha</source>
        <translation>Qalan torpaq ha</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="236" />
        <source>Pending review ha</source>
        <translation>Yoxlama gözləyir, ha</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="242" />
        <location filename="../layouts/area_report.py" line="308" />
        <source>TOTAL</source>
        <translation>CƏMİ</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="252" />
        <source>Hazards and land release by district</source>
        <translation>Rayonlar üzrə təhlükəli ərazilər və ərazinin azad edilməsi</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="265" />
        <source>SHA and CHA: number and original area of the hazards. Cancelled, reduced, cleared and released: in the period ({}). Remaining: at its end. A CHA usually lies inside an SHA, so 'Remaining SHA' and 'Remaining CHA' can cover the same ground; 'Remaining ground' counts it once. Pending review: at the end, ground released only by releases not yet reviewed ({}). The CSV gives the same figures in m².</source>
        <translation>ŞTƏ və TTƏ: təhlükəli ərazilərin sayı və ilkin sahəsi. Ləğv edilmiş, azaldılmış, təmizlənmiş və azad edilmiş: dövr ərzində ({}). Qalan: dövrün sonunda. TTƏ adətən ŞTƏ-nin daxilində olur, ona görə 'Qalan ŞTƏ' və 'Qalan TTƏ' eyni torpağı əhatə edə bilər; 'Qalan torpaq' onu bir dəfə sayır. Yoxlama gözləyir: dövrün sonunda yalnız hələ yoxlanılmamış azad edilmələrlə azad edilmiş torpaq ({}). CSV eyni rəqəmləri m² ilə verir.</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="277" />
        <source>Released by outcome and method; items found</source>
        <translation>Nəticə və üsul üzrə azad edilmiş; tapılan sursat</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="278" />
        <source>Released in the period by method and outcome (ha)</source>
        <translation>Dövr ərzində üsul və nəticə üzrə azad edilmiş (ha)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="285" />
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="286" />
        <location filename="../layouts/area_report.py" line="292" />
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="294" />
        <source>Releases completed</source>
        <translation>Başa çatmış azad edilmələr</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="300" />
        <source>Items found in the period, by district</source>
        <translation>Dövr ərzində tapılan sursat, rayonlar üzrə</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="302" />
        <source>Releases</source>
        <translation>Azad edilmələr</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="302" />
        <source>AP</source>
        <translation>PƏM</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="302" />
        <source>AT</source>
        <translation>TƏM</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="302" />
        <source>UXO</source>
        <translation>PHS</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="302" />
        <source>CM</source>
        <translation>KS</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="314" />
        <source>AP anti-personnel mines, AT anti-tank mines, UXO unexploded ordnance, CM cluster munition remnants, as recorded on the releases that ended in the period. A release's ground is shared among methods where releases of one outcome overlap (earliest first).</source>
        <translation>PƏM piyada əleyhinə minalar, TƏM tank əleyhinə minalar, PHS partlamamış hərbi sursat, KS kaset sursatı qalıqları, dövr ərzində başa çatmış azad edilmələrdə qeydə alındığı kimi. Eyni nəticəli azad edilmələr üst-üstə düşəndə azad edilmənin torpağı üsullar arasında bölünür (əvvəlcə ən erkəni).</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="327" />
        <source>month</source>
        <translation>ay</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="327" />
        <source>year</source>
        <translation>il</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="328" />
        <source>Progress by {}: land released (ha)</source>
        <translation>İrəliləyiş ({}): azad edilmiş ərazi (ha)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="343" />
        <source>Change of the release summary over each {} (as of its last day minus as of the last day before it), so the bars add up to the period's figures.</source>
        <translation>Azad edilmə yekununun hər {} ərzində dəyişməsi (onun son gününə olan yekun çıxılsın ondan əvvəlki son günə olan yekun), ona görə sütunların cəmi dövrün rəqəmlərinə bərabərdir.</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="347" />
        <source>{} release(s) without an end date are in no {}.</source>
        <translation>Bitmə tarixi olmayan {} azad edilmə heç bir dövrə ({}) daxil deyil.</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="353" />
        <source>Overview map</source>
        <translation>İcmal xəritəsi</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="361" />
        <source>Hazards of the report (SHA and CHA, 50 % transparent; a CHA usually lies inside an SHA) and the land released in the period. CRS: {}.</source>
        <translation>Hesabatın təhlükəli əraziləri (ŞTƏ və TTƏ, 50 % şəffaf; TTƏ adətən ŞTƏ-nin daxilində olur) və dövr ərzində azad edilmiş ərazi. Koordinat sistemi: {}.</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="366" />
        <source>No hazard in this report.</source>
        <translation>Bu hesabatda təhlükəli ərazi yoxdur.</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="372" />
        <source>Land release report — {} — {} — {} — printed {}</source>
        <translation>Ərazinin azad edilməsi hesabatı — {} — {} — {} — çap edilib {}</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="373" />
        <source>official figures</source>
        <translation>rəsmi göstəricilər</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="373" />
        <source>operational figures</source>
        <translation>əməliyyat göstəriciləri</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="380" />
        <source>Page {} of {}</source>
        <translation>Səhifə {} / {}</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_chart.py" line="123" />
        <source>Released (ha)</source>
        <translation>Azad edilmiş (ha)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_chart.py" line="125" />
        <source>Month (end date of the release)</source>
        <translation>Ay (azad edilmənin bitmə tarixi)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_chart.py" line="125" />
        <source>Year</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_map.py" line="56" />
        <source>Districts</source>
        <translation>Rayonlar</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_map.py" line="64" />
        <source>Hazards</source>
        <translation>Təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_map.py" line="119" />
        <source>Legend</source>
        <translation>Şərti işarələr</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="14" />
        <source>Cancelled (NTS)</source>
        <translation>Ləğv edilmiş (QTT)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="15" />
        <source>Reduced (TS)</source>
        <translation>Azaldılmış (TT)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="16" />
        <source>Cleared</source>
        <translation>Təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="19" />
        <source>Manual</source>
        <translation>Əl ilə</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="20" />
        <source>Mechanical</source>
        <translation>Mexaniki</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="21" />
        <source>Mine detection dogs</source>
        <translation>Minaaxtaran itlər</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="22" />
        <source>Combined</source>
        <translation>Kombinə edilmiş</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="23" />
        <source>None (survey only)</source>
        <translation>Yoxdur (yalnız tədqiqat)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="24" />
        <source>Not recorded</source>
        <translation>Qeydə alınmayıb</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="53" />
        <source>Official figures: only releases passed by quality management</source>
        <translation>Rəsmi göstəricilər: yalnız keyfiyyət idarəetməsinin yoxlamasından keçmiş azad edilmələr</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="54" />
        <source>Operational figures: all saved releases except failed ones</source>
        <translation>Əməliyyat göstəriciləri: yoxlamadan keçməyənlərdən başqa bütün qeydə alınmış azad edilmələr</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="60" />
        <source>part of remaining in official figures</source>
        <translation>rəsmi göstəricilərdə qalanın bir hissəsi</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="61" />
        <source>counted as released in operational figures</source>
        <translation>əməliyyat göstəricilərində azad edilmiş kimi sayılır</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="70" />
        <source>All records (no period set)</source>
        <translation>Bütün qeydlər (dövr təyin edilməyib)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="72" />
        <source>Up to {}</source>
        <translation>{} tarixinədək</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="74" />
        <source>From {}</source>
        <translation>{} tarixindən</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="75" />
        <source>{} to {}</source>
        <translation>{} – {}</translation>
    </message>
</context>
<context>
    <name>LandReleaseAttachments</name>
    <message>
        <location filename="../storage/attachments.py" line="55" />
        <source>{} is not a photo path: a photo is kept as DCIM/ and its file name ending in .jpg, .jpeg or .png (such as DCIM/IMG_0001.jpg), with no other folder (no absolute path, no ..).</source>
        <translation>{} foto yolu deyil: foto DCIM/ və .jpg, .jpeg və ya .png ilə bitən fayl adı kimi saxlanılır (məsələn, DCIM/IMG_0001.jpg), başqa qovluq olmadan (mütləq yol və .. olmadan).</translation>
    </message>
    <message>
        <location filename="../storage/attachments.py" line="88" />
        <location filename="../storage/attachments.py" line="207" />
        <source>The photo {} cannot be read from {}: {}</source>
        <translation>{} fotosunu {} mənbəyindən oxumaq mümkün deyil: {}</translation>
    </message>
    <message>
        <location filename="../storage/attachments.py" line="96" />
        <source>The file {} for the photo {} is not the picture its name says (JPEG or PNG): it may be damaged or renamed. Take or export the photo again.</source>
        <translation>{} faylı ({} fotosu üçün) adının göstərdiyi şəkil deyil (JPEG və ya PNG): o, zədələnmiş və ya adı dəyişdirilmiş ola bilər. Fotonu yenidən çəkin və ya ixrac edin.</translation>
    </message>
    <message>
        <location filename="../storage/attachments.py" line="118" />
        <source>The photo {} is already stored ({}) with another picture than {}: a stored photo is never replaced. Give the new photo another file name.</source>
        <translation>{} fotosu artıq saxlanılıb ({}) və {} faylındakından fərqli şəkildir: saxlanılmış foto heç vaxt əvəz edilmir. Yeni fotoya başqa fayl adı verin.</translation>
    </message>
    <message>
        <location filename="../storage/attachments.py" line="142" />
        <location filename="../storage/attachments.py" line="174" />
        <source>Cannot store the photo {} in {}: {}</source>
        <translation>{} fotosunu {} yerində saxlamaq mümkün deyil: {}</translation>
    </message>
    <message>
        <location filename="../storage/attachments.py" line="177" />
        <source>{} table {}</source>
        <translation>{}, {} cədvəli</translation>
    </message>
    <message>
        <location filename="../storage/attachments.py" line="193" />
        <source>The photo {} cannot be read: {}</source>
        <translation>{} fotosunu oxumaq mümkün deyil: {}</translation>
    </message>
</context>
<context>
    <name>LandReleaseChecks</name>
    <message>
        <location filename="../core/checks/messages.py" line="16" />
        <source>The feature has no geometry.</source>
        <translation>Obyektin həndəsəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="17" />
        <source>Invalid geometry: {reason} at {location}.</source>
        <translation>Yanlış həndəsə: {reason}, yer: {location}.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="18" />
        <source>Invalid geometry: {reason}.</source>
        <translation>Yanlış həndəsə: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="20" />
        <source>A polygon ring has only {count} distinct vertices; a ring needs at least 3.</source>
        <translation>Poliqon halqasının yalnız {count} fərqli təpəsi var; halqaya ən azı 3 lazımdır.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="23" />
        <source>{count} segment(s) longer than {limit} m, the longest about {length} m: is a vertex in the wrong place (e.g. typed in the wrong UTM zone)?</source>
        <translation>{limit} m-dən uzun {count} seqment, ən uzunu təxminən {length} m: təpə yanlış yerdə deyilmi (məsələn, yanlış UTM zonasında daxil edilib)?</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="26" />
        <source>{field} '{value}' is on {count} features.</source>
        <translation>{field} '{value}' {count} obyektdə var.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="27" />
        <source>The same geometry (within {tolerance} m) as {other}.</source>
        <translation>{other} ilə eyni həndəsə ({tolerance} m dəqiqliklə).</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="29" />
        <source>{first} and {second} (both {classification}) overlap by about {area} m² ({percent} % of the smaller).</source>
        <translation>{first} və {second} (hər ikisi {classification}) təxminən {area} m² (kiçiyinin {percent} %-i) üst-üstə düşür.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="33" />
        <source>About {area} m² ({percent} % of the release) lies outside every hazard.</source>
        <translation>Təxminən {area} m² (azad edilmiş ərazinin {percent} %-i) heç bir təhlükəli ərazinin içində deyil.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="35" />
        <source>hazard_id '{hazard_id}' names no hazard of the hazard layer.</source>
        <translation>hazard_id '{hazard_id}' təhlükəli ərazi layındakı heç bir təhlükəli əraziyə uyğun gəlmir.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="37" />
        <source>The release (about {area} m²) is larger than its hazard {hazard_id} (about {hazard_area} m²).</source>
        <translation>Azad edilmiş ərazi (təxminən {area} m²) öz təhlükəli ərazisindən {hazard_id} (təxminən {hazard_area} m²) böyükdür.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="41" />
        <source>Confirmed hazardous area without a direct evidence point inside it.</source>
        <translation>İçində birbaşa sübut nöqtəsi olmayan təsdiqlənmiş təhlükəli ərazi.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="43" />
        <source>The hazard has no district.</source>
        <translation>Təhlükəli ərazinin rayonu yoxdur.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="44" />
        <source>The hazard layer has no field district.</source>
        <translation>Təhlükəli ərazi layında district sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="45" />
        <source>{field} is empty.</source>
        <translation>{field} boşdur.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="46" />
        <source>The {layer} layer has no field {field}, mandatory in the data model.</source>
        <translation>{layer} layında məlumat modelində məcburi olan {field} sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="48" />
        <source>The {layer} layer has no field {field}, mandatory in the data model; not checked: {rules}.</source>
        <translation>{layer} layında məlumat modelində məcburi olan {field} sahəsi yoxdur; yoxlanılmadı: {rules}.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="50" />
        <source>{later_field} {later} is before {earlier_field} {earlier}.</source>
        <translation>{later_field} {later} {earlier_field} {earlier} tarixindən əvvəldir.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="52" />
        <source>{feature} lies outside the programme's area ({area}): {count} of {total} vertices, the farthest at {lat_lon} (latitude, longitude), about {distance} km away. Check for a swapped latitude and longitude, a decimal comma, or a wrong UTM or Gauss–Krüger zone.</source>
        <translation>{feature} proqram ərazisindən ({area}) kənardadır: {total} təpədən {count} təpə, ən uzağı {lat_lon} (enlik, uzunluq) nöqtəsində, təxminən {distance} km uzaqda. Enlik və uzunluğun yerdəyişməsini, onluq vergülü və ya yanlış UTM ya Gauss–Krüger zonasını yoxlayın.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="57" />
        <source>{feature} lies at {lat_lon} (latitude, longitude), about {distance} km outside the programme's area ({area}). Check for a swapped latitude and longitude, a decimal comma, or a wrong UTM or Gauss–Krüger zone.</source>
        <translation>{feature} {lat_lon} (enlik, uzunluq) nöqtəsindədir, proqram ərazisindən ({area}) təxminən {distance} km kənarda. Enlik və uzunluğun yerdəyişməsini, onluq vergülü və ya yanlış UTM ya Gauss–Krüger zonasını yoxlayın.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="62" />
        <source>{feature} has a vertex whose coordinates are not numbers (NaN or infinite) or have no latitude and longitude; the programme's area is {area}. Correct or delete the vertex.</source>
        <translation>{feature} obyektinin koordinatları rəqəm olmayan (NaN və ya sonsuz) və ya enliyi və uzunluğu olmayan təpəsi var; proqram ərazisi: {area}. Təpəni düzəldin və ya silin.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="66" />
        <source>{feature}: {field} '{value}' is not in its code list ({codes}): choose one of them.</source>
        <translation>{feature}: {field} '{value}' onun kod siyahısında yoxdur ({codes}): onlardan birini seçin.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="69" />
        <source>{feature}: {field} '{value}' is not in its code list ({codes}): did you mean '{suggestion}'? Codes are stored exactly as listed.</source>
        <translation>{feature}: {field} '{value}' onun kod siyahısında yoxdur ({codes}): '{suggestion}' demək istəyirdiniz? Kodlar siyahıda olduğu kimi dəqiq saxlanılır.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="73" />
        <source>{feature}: {field} {value} is after today ({today}): correct the date (a slip in the year or the month?).</source>
        <translation>{feature}: {field} {value} bu gündən ({today}) sonradır: tarixi düzəldin (ildə və ya ayda səhv?).</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="77" />
        <source>{feature}: {field} {value} is before {earliest}: check the year (a slip in typing?).</source>
        <translation>{feature}: {field} {value} {earliest} tarixindən əvvəldir: ili yoxlayın (yazı səhvi?).</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="80" />
        <source>{feature}: {field} '{value}' is not a date in the form YYYY-MM-DD (e.g. 2023-06-30); such a value is read as empty: correct it.</source>
        <translation>{feature}: {field} '{value}' YYYY-MM-DD formasında tarix deyil (məs., 2023-06-30); belə qiymət boş kimi oxunur: onu düzəldin.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="84" />
        <source>{feature}: {field} '{value}' names a day that does not exist: correct it (YYYY-MM-DD).</source>
        <translation>{feature}: {field} '{value}' mövcud olmayan günü göstərir: onu düzəldin (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="87" />
        <source>{feature} has {count} separate parts (the smallest about {smallest} m²); it must be one polygon: split it into features with their own ids, or delete the stray part.</source>
        <translation>{feature} {count} ayrı hissədən ibarətdir (ən kiçiyi təxminən {smallest} m²); o, bir poliqon olmalıdır: onu öz id-ləri olan obyektlərə bölün və ya artıq hissəni silin.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="91" />
        <source>{feature} has {count} points; an evidence record is one point: split it into records with their own ids, or delete the stray point.</source>
        <translation>{feature} {count} nöqtədən ibarətdir; sübut qeydi bir nöqtədir: onu öz id-ləri olan qeydlərə bölün və ya artıq nöqtəni silin.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="95" />
        <source>{feature}: {field} is {stored} m², but its geometry measures {actual} m² on the WGS 84 ellipsoid ({percent} % apart): the geometry was changed without its area, or the area was typed. Set {field} to {actual}.</source>
        <translation>{feature}: {field} {stored} m²-dir, lakin onun həndəsəsi WGS 84 ellipsoidində {actual} m² ölçülür (fərq {percent} %): həndəsə dəyişdirilib, sahə isə yenilənməyib, ya da sahə əl ilə yazılıb. {field} sahəsinə {actual} yazın.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="100" />
        <source>{feature}: {field} is empty; its geometry measures {actual} m² on the WGS 84 ellipsoid. Set {field} to {actual}.</source>
        <translation>{feature}: {field} boşdur; onun həndəsəsi WGS 84 ellipsoidində {actual} m² ölçülür. {field} sahəsinə {actual} yazın.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="104" />
        <source>{feature}: {field} '{stored}' is not a number; its geometry measures {actual} m² on the WGS 84 ellipsoid. Set {field} to {actual}.</source>
        <translation>{feature}: {field} '{stored}' rəqəm deyil; onun həndəsəsi WGS 84 ellipsoidində {actual} m² ölçülür. {field} sahəsinə {actual} yazın.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="108" />
        <source>{feature}: remaining_area_m2 {stored} m² and status {status} do not match its land releases as of {today}, which leave {expected} m² and status {expected_status} ({count} release(s) counted; releases ending after today are not). A release was added, changed or deleted outside the plugin, or the figures were typed: set remaining_area_m2 to {expected} and status to {expected_status}, or correct the releases.</source>
        <translation>{feature}: remaining_area_m2 {stored} m² və status {status} onun {today} tarixinə olan azad edilmələrinə uyğun gəlmir: onlara görə {expected} m² qalır və status {expected_status} olur ({count} azad edilmə sayılıb; bu gündən sonra başa çatanlar sayılmır). Azad edilmə plagindən kənarda əlavə edilib, dəyişdirilib və ya silinib, ya da rəqəmlər əl ilə yazılıb: remaining_area_m2 sahəsinə {expected}, status sahəsinə {expected_status} yazın və ya azad edilmələri düzəldin.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="116" />
        <source>{feature}: its remaining area and status are not known (remaining_area_m2 {stored}, status {status}): a change to its land releases has not been accounted yet. As of {today} its releases leave {expected} m² and status {expected_status} ({count} release(s) counted; releases ending after today are not). Recompute them (opening a land release database with Land Release &gt; Open Database… does), or set remaining_area_m2 to {expected} and status to {expected_status}.</source>
        <translation>{feature}: onun qalan sahəsi və statusu məlum deyil (remaining_area_m2 {stored}, status {status}): azad edilmələrindəki dəyişiklik hələ hesaba alınmayıb. {today} tarixinə onun azad edilmələrinə görə {expected} m² qalır və status {expected_status} olur ({count} azad edilmə sayılıb; bu gündən sonra başa çatanlar sayılmır). Onları yenidən hesablayın (ərazinin azad edilməsi məlumat bazasını Ərazinin azad edilməsi &gt; Məlumat bazasını aç… ilə açmaq bunu edir) və ya remaining_area_m2 sahəsinə {expected}, status sahəsinə {expected_status} yazın.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="124" />
        <source>{feature} (fid {fid}) has no edit_log entry: it was written while the edit log's triggers were off or removed. Find out who wrote it and check it against the records.</source>
        <translation>{feature} (fid {fid}) üçün edit_log yazısı yoxdur: o, dəyişiklik jurnalının triggerləri söndürülmüş və ya silinmiş olarkən yazılıb. Onu kimin yazdığını müəyyən edin və sənədlərlə tutuşdurun.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="128" />
        <source>{feature} (fid {fid}) exists, but its last edit_log entry ({entry}, {at}) records its deletion: it was put back without the edit log. Find out who did it and check it against the records.</source>
        <translation>{feature} (fid {fid}) mövcuddur, lakin onun sonuncu edit_log yazısı ({entry}, {at}) onun silinməsini qeyd edir: o, dəyişiklik jurnalı olmadan geri qaytarılıb. Bunu kimin etdiyini müəyyən edin və onu sənədlərlə tutuşdurun.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="133" />
        <source>{feature} (fid {fid}) differs from its last edit_log entry ({entry}, {at}): {differences}. It was changed without the edit log (its triggers off or removed): find out who changed it, then restore or confirm the values.</source>
        <translation>{feature} (fid {fid}) sonuncu edit_log yazısından ({entry}, {at}) fərqlənir: {differences}. O, dəyişiklik jurnalı olmadan (triggerləri söndürülmüş və ya silinmiş halda) dəyişdirilib: onu kimin dəyişdirdiyini müəyyən edin, sonra qiymətləri bərpa edin və ya təsdiqləyin.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="138" />
        <source>{feature} (fid {fid}): its last edit_log entry ({entry}, {at}) holds no readable 'after' JSON, so the row cannot be compared with it. Compare it with a backup.</source>
        <translation>{feature} (fid {fid}): onun sonuncu edit_log yazısında ({entry}, {at}) oxuna bilən 'after' JSON yoxdur, ona görə sətir onunla müqayisə oluna bilmir. Onu ehtiyat nüsxə ilə müqayisə edin.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="142" />
        <source>edit_log entry {entry} ({at}) records the {action} of {layer} {feature} (uuid {uuid}), which does not exist: it was deleted without the edit log. Restore it from the entry's 'after' JSON, or find out who deleted it.</source>
        <translation>edit_log yazısı {entry} ({at}) {layer} {feature} obyektinin (uuid {uuid}) {action} əməliyyatını qeyd edir, lakin belə obyekt mövcud deyil: o, dəyişiklik jurnalı olmadan silinib. Onu yazının 'after' JSON-undan bərpa edin və ya onu kimin sildiyini müəyyən edin.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="147" />
        <source>edit_log entry {entry} ({at}) was not written by the edit log's triggers: {problem}. Find out who wrote it.</source>
        <translation>edit_log yazısı {entry} ({at}) dəyişiklik jurnalının triggerləri tərəfindən yazılmayıb: {problem}. Onu kimin yazdığını müəyyən edin.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="151" />
        <source>edit_log entries {first} to {last} are missing: they were deleted from the log (its triggers refuse this, so they were off or removed). The log no longer shows what happened then; compare it with a backup.</source>
        <translation>{first}–{last} nömrəli edit_log yazıları yoxdur: onlar jurnaldan silinib (jurnalın triggerləri buna icazə vermir, deməli, onlar söndürülmüş və ya silinmiş olub). Jurnal artıq o zaman nə baş verdiyini göstərmir; onu ehtiyat nüsxə ilə müqayisə edin.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="156" />
        <source>edit_log entry {entry} was written at {at}, before entry {previous} ({previous_at}) that precedes it: an entry was inserted or changed by hand, or computers with clocks that differ write to this database.</source>
        <translation>edit_log yazısı {entry} {at} vaxtında, ondan əvvəl gələn {previous} yazısından ({previous_at}) daha tez yazılıb: yazı əl ilə daxil edilib və ya dəyişdirilib, ya da bu məlumat bazasına saatları fərqli olan kompüterlər yazır.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="160" />
        <source>edit_log entry {entry} has no readable changed_at ('{value}').</source>
        <translation>edit_log yazısı {entry}: changed_at oxuna bilmir ('{value}').</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="162" />
        <source>The edit log triggers {names} are missing from {database}: changes are not logged or the log is not protected. {remedy}</source>
        <translation>Dəyişiklik jurnalının {names} triggerləri {database} məlumat bazasında yoxdur: dəyişikliklər qeydə alınmır və ya jurnal qorunmur. {remedy}</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="166" />
        <source>The edit log triggers {names} of {database} are disabled: changes are not logged. {remedy}</source>
        <translation>{database} məlumat bazasının dəyişiklik jurnalı triggerləri {names} söndürülüb: dəyişikliklər qeydə alınmır. {remedy}</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="169" />
        <source>The edit log triggers {names} of {database} are not the plugin's (their SQL differs): changes may not be logged. {remedy}</source>
        <translation>{database} məlumat bazasının dəyişiklik jurnalı triggerləri {names} plaginin triggerləri deyil (onların SQL-i fərqlidir): dəyişikliklər qeydə alınmaya bilər. {remedy}</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="173" />
        <source>Open the database with Land Release &gt; Open Database… to recreate them, and find out who changed them.</source>
        <translation>Onları yenidən yaratmaq üçün məlumat bazasını Ərazinin azad edilməsi &gt; Məlumat bazasını aç… ilə açın və onları kimin dəyişdirdiyini müəyyən edin.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="177" />
        <source>Ask the database administrator to recreate them, and find out who changed them.</source>
        <translation>Məlumat bazası administratorundan onları yenidən yaratmağı xahiş edin və onları kimin dəyişdirdiyini müəyyən edin.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="180" />
        <source>The edit log's hash chain (table edit_log_chain) is missing from {database}: the entries sealed so far can no longer be verified. Compare the log with a backup.</source>
        <translation>Dəyişiklik jurnalının heş zənciri (edit_log_chain cədvəli) {database} məlumat bazasında yoxdur: indiyədək möhürlənmiş yazılar artıq yoxlanıla bilməz. Jurnalı ehtiyat nüsxə ilə müqayisə edin.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="184" />
        <source>edit_log entry {entry} no longer matches the hash it was sealed with on {sealed}: it was changed afterwards, with the log's triggers off. Compare it with a backup.</source>
        <translation>edit_log yazısı {entry} artıq {sealed} tarixində möhürləndiyi heşə uyğun gəlmir: o, sonradan, jurnalın triggerləri söndürülmüş halda dəyişdirilib. Onu ehtiyat nüsxə ilə müqayisə edin.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="188" />
        <source>edit_log entry {entry}, sealed on {sealed}, is gone: it was deleted with the log's triggers off. Compare the log with a backup.</source>
        <translation>{sealed} tarixində möhürlənmiş edit_log yazısı {entry} yoxdur: o, jurnalın triggerləri söndürülmüş halda silinib. Jurnalı ehtiyat nüsxə ilə müqayisə edin.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="192" />
        <source>edit_log entry {entry} lies among sealed entries but was never sealed: it was inserted later, out of order. Find out who wrote it.</source>
        <translation>edit_log yazısı {entry} möhürlənmiş yazılar arasındadır, lakin heç vaxt möhürlənməyib: o, sonradan, sıradan kənar daxil edilib. Onu kimin yazdığını müəyyən edin.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="196" />
        <source>The seal of edit_log entry {entry} does not follow the seal of the entry before it: the hash chain was changed. Compare the log with a backup.</source>
        <translation>edit_log yazısı {entry} üçün möhür ondan əvvəlki yazının möhürünün davamı deyil: heş zənciri dəyişdirilib. Jurnalı ehtiyat nüsxə ilə müqayisə edin.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="199" />
        <source>The edit log of {database} could not be read: {error}.</source>
        <translation>{database} məlumat bazasının dəyişiklik jurnalı oxuna bilmədi: {error}.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="202" />
        <source>cha_without_evidence not checked: the evidence layer has no field evidence_type.</source>
        <translation>cha_without_evidence yoxlanılmadı: sübut layında evidence_type sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="204" />
        <source>date_order not checked on the {layer} layer: it has no field {field}.</source>
        <translation>date_order {layer} layında yoxlanılmadı: orada {field} sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="206" />
        <source>area_mismatch not checked on the {layer} layer: it has no field {field}.</source>
        <translation>area_mismatch {layer} layında yoxlanılmadı: orada {field} sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="209" />
        <source>area_mismatch and remaining_mismatch not checked: the CRS of the geometries is not known.</source>
        <translation>area_mismatch və remaining_mismatch yoxlanılmadı: həndəsələrin koordinat sistemi məlum deyil.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="212" />
        <source>remaining_mismatch not checked: the hazard layer has no field {field}.</source>
        <translation>remaining_mismatch yoxlanılmadı: təhlükəli ərazi layında {field} sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="215" />
        <source>remaining_mismatch not checked: no land releases were given (RELEASES).</source>
        <translation>remaining_mismatch yoxlanılmadı: azad edilmiş ərazilər verilməyib (RELEASES).</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="218" />
        <source>remaining_mismatch not checked: the land release layer has no field outcome.</source>
        <translation>remaining_mismatch yoxlanılmadı: ərazinin azad edilməsi layında outcome sahəsi yoxdur.</translation>
    </message>
</context>
<context>
    <name>LandReleaseConvert</name>
    <message>
        <location filename="../qgis_io/convert.py" line="155" />
        <source>{} has no valid CRS: set its CRS first.</source>
        <translation>{} layının düzgün koordinat sistemi yoxdur: əvvəlcə onun koordinat sistemini təyin edin.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="155" />
        <location filename="../qgis_io/convert.py" line="169" />
        <location filename="../qgis_io/convert.py" line="189" />
        <location filename="../qgis_io/convert.py" line="216" />
        <source>The input</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="168" />
        <source>{}: the extent of the data is not finite ({}): a coordinate is NaN or infinite.</source>
        <translation>{}: məlumatların əhatə dairəsi sonlu deyil ({}): koordinatlardan biri NaN və ya sonsuzdur.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="187" />
        <source>{}: the centre of the data ({:.3f}, {:.3f} in {}) cannot be placed on the earth: check the layer's CRS and its coordinates.</source>
        <translation>{}: məlumatların mərkəzi ({:.3f}, {:.3f}, {} daxilində) yer üzərində yerləşdirilə bilmir: layın koordinat sistemini və koordinatlarını yoxlayın.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="195" />
        <source>{:.1f} % off the ground there</source>
        <translation>orada yerdəki ölçülərdən {:.1f} % fərqlənir</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="197" />
        <source>not usable there</source>
        <translation>orada istifadə oluna bilməz</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="200" />
        <source>{} is {}: distances and areas are worked in {} instead.</source>
        <translation>{} koordinat sistemi {}: məsafələr və sahələr onun əvəzinə {} daxilində hesablanır.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="215" />
        <source>{}: the extent of the data cannot be computed: check its geometries.</source>
        <translation>{}: məlumatların əhatə dairəsi hesablana bilmir: onun həndəsələrini yoxlayın.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="268" />
        <source>feature {}</source>
        <translation>obyekt {}</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="269" />
        <source>{} (feature {})</source>
        <translation>{} (obyekt {})</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="316" />
        <source>{} feature(s) have a coordinate that is NaN (not a number): {}.</source>
        <translation>{} obyektdə NaN (rəqəm olmayan) koordinat var: {}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="322" />
        <source>{} feature(s) have a coordinate that is infinite: {}.</source>
        <translation>{} obyektdə sonsuz koordinat var: {}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="328" />
        <source>{}: {} Correct or delete them (Check land release data lists them), then run again.</source>
        <translation>{}: {} Onları düzəldin və ya silin (“Ərazinin azad edilməsi məlumatlarını yoxla” onları sadalayır), sonra yenidən işə salın.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="437" />
        <source>{} may hold letters, digits and {} only; it holds {}. Choose a prefix such as SHA or CHA-AGD.</source>
        <translation>{} yalnız hərflər, rəqəmlər və {} saxlaya bilər; onda {} var. SHA və ya CHA-AGD kimi prefiks seçin.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="446" />
        <source>{} '{}' makes hazard ids of {} characters ({}); hazard_id holds {}: choose a shorter prefix.</source>
        <translation>{} '{}' {} simvolluq təhlükəli ərazi id-ləri yaradır ({}); hazard_id {} simvol saxlayır: daha qısa prefiks seçin.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="464" />
        <source>{}: {} is a folder: give a file name.</source>
        <translation>{}: {} qovluqdur: fayl adı verin.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="488" />
        <source>{}: cannot write beside {}: {}</source>
        <translation>{}: {} faylının yanına yazmaq mümkün deyil: {}</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="500" />
        <source>{}: cannot write {}: {}</source>
        <translation>{}: {} yazıla bilmir: {}</translation>
    </message>
</context>
<context>
    <name>LandReleaseDatabase</name>
    <message>
        <location filename="../storage/database/creation.py" line="31" />
        <source>The CRS {} cannot be used for a GeoPackage.</source>
        <translation>{} koordinat sistemi GeoPackage üçün istifadə oluna bilməz.</translation>
    </message>
    <message>
        <location filename="../storage/database/creation.py" line="48" />
        <source>Cannot create the GeoPackage {}.</source>
        <translation>{} GeoPackage yaradıla bilmir.</translation>
    </message>
    <message>
        <location filename="../storage/database/creation.py" line="54" />
        <source>Cannot create the layer {}.</source>
        <translation>{} layı yaradıla bilmir.</translation>
    </message>
    <message>
        <location filename="../storage/database/creation.py" line="56" />
        <source>Cannot create the field {}.{}.</source>
        <translation>{}.{} sahəsi yaradıla bilmir.</translation>
    </message>
    <message>
        <location filename="../storage/database/creation.py" line="76" />
        <source>The database file name must end in .gpkg: {}</source>
        <translation>Məlumat bazası faylının adı .gpkg ilə bitməlidir: {}</translation>
    </message>
    <message>
        <location filename="../storage/database/creation.py" line="80" />
        <source>{} already exists. A land release database is never overwritten: choose a new file name.</source>
        <translation>{} artıq mövcuddur. Ərazinin azad edilməsi məlumat bazası heç vaxt üzərinə yazılmır: yeni fayl adı seçin.</translation>
    </message>
    <message>
        <location filename="../storage/database/creation.py" line="85" />
        <location filename="../storage/postgis.py" line="327" />
        <source>The storage CRS is not valid.</source>
        <translation>Saxlama koordinat sistemi düzgün deyil.</translation>
    </message>
    <message>
        <location filename="../storage/database/creation.py" line="87" />
        <source>The folder {} does not exist.</source>
        <translation>{} qovluğu mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../storage/database/creation.py" line="95" />
        <source>{} appeared while it was being created.</source>
        <translation>{} yaradılarkən meydana çıxdı.</translation>
    </message>
    <message>
        <location filename="../storage/database/creation.py" line="98" />
        <source>Cannot create {}: {}</source>
        <translation>{} yaradıla bilmir: {}</translation>
    </message>
    <message>
        <location filename="../storage/database/edit_log_chain.py" line="45" />
        <source>the file does not exist</source>
        <translation>fayl mövcud deyil</translation>
    </message>
    <message>
        <location filename="../storage/database/edit_log_chain.py" line="83" />
        <location filename="../storage/database/edit_log_chain.py" line="157" />
        <source>Cannot open {}: {}</source>
        <translation>{} açıla bilmir: {}</translation>
    </message>
    <message>
        <location filename="../storage/database/edit_log_chain.py" line="118" />
        <source>Cannot seal the edit log of {}: {}</source>
        <translation>{} məlumat bazasının dəyişiklik jurnalı möhürlənə bilmir: {}</translation>
    </message>
    <message>
        <location filename="../storage/database/edit_log_chain.py" line="173" />
        <source>Cannot read the edit log of {}: {}</source>
        <translation>{} məlumat bazasının dəyişiklik jurnalı oxuna bilmir: {}</translation>
    </message>
    <message>
        <location filename="../storage/database/feature_import.py" line="44" />
        <source>Cannot import {} into {}: {} value(s) do not fit their field, e.g. {}. Nothing was imported.</source>
        <translation>{} layı {} layına idxal edilə bilmir: {} dəyər öz sahəsinə uyğun gəlmir, məsələn, {}. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <location filename="../storage/database/feature_import.py" line="49" />
        <source>{} cannot be edited.</source>
        <translation>{} redaktə oluna bilmir.</translation>
    </message>
    <message>
        <location filename="../storage/database/feature_import.py" line="53" />
        <source>Cannot import into {}: {}</source>
        <translation>{} layına idxal edilə bilmir: {}</translation>
    </message>
    <message>
        <location filename="../storage/database/feature_import.py" line="55" />
        <source>{}: {} features</source>
        <translation>{}: {} obyekt</translation>
    </message>
    <message>
        <location filename="../storage/database/feature_import.py" line="73" />
        <source>feature {}: {} {!r} is not a {}</source>
        <translation>obyekt {}: {} {!r} {} tipində deyil</translation>
    </message>
    <message>
        <location filename="../storage/database/project.py" line="87" />
        <location filename="../storage/postgis.py" line="304" />
        <source>{} is not a land release database: the layers {} are missing.</source>
        <translation>{} ərazinin azad edilməsi məlumat bazası deyil: {} layları yoxdur.</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="61" />
        <source>Cannot add the table {}: {}</source>
        <translation>{} cədvəlini əlavə etmək mümkün deyil: {}</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="73" />
        <source>the table {} is missing</source>
        <translation>{} cədvəli yoxdur</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="80" />
        <location filename="../storage/database/schema_upgrade.py" line="83" />
        <source>{} has no column {}</source>
        <translation>{} cədvəlində {} sütunu yoxdur</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="95" />
        <source>Cannot add the column {}.{}: {}</source>
        <translation>{}.{} sütunu əlavə edilə bilmir: {}</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="118" />
        <source>{} is not a land release database: {}.</source>
        <translation>{} ərazinin azad edilməsi məlumat bazası deyil: {}.</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="147" />
        <source>{} does not exist.</source>
        <translation>{} mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="151" />
        <source>{} is not a land release database: it is not a GeoPackage.</source>
        <translation>{} ərazinin azad edilməsi məlumat bazası deyil: GeoPackage deyil.</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="202" />
        <source>Cannot open {} to bring it up to date: is it read-only?</source>
        <translation>Yeniləmək üçün {} açıla bilmir: yalnız oxumaq üçündürmü?</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="218" />
        <location filename="../storage/database/schema_upgrade.py" line="223" />
        <source>Cannot update the database {}: {}</source>
        <translation>{} məlumat bazası yenilənə bilmir: {}</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="221" />
        <source>Cannot update the database {}.</source>
        <translation>{} məlumat bazası yenilənə bilmir.</translation>
    </message>
    <message>
        <location filename="../storage/database/stored_styles.py" line="66" />
        <source>Cannot open {} to store the styles.</source>
        <translation>Üslubları saxlamaq üçün {} açıla bilmir.</translation>
    </message>
    <message>
        <location filename="../storage/database/stored_styles.py" line="73" />
        <source>Cannot store the style of {}.</source>
        <translation>{} üslubu saxlanıla bilmir.</translation>
    </message>
    <message>
        <location filename="../storage/field/identity.py" line="77" />
        <source>Cannot read or make the id of the database {}: {}</source>
        <translation>{} məlumat bazasının id-sini oxumaq və ya yaratmaq mümkün deyil: {}</translation>
    </message>
    <message>
        <location filename="../storage/field/identity.py" line="107" />
        <source>The shared database {} has no database id yet: it was made by an earlier version of Land Release. Its owner (or a superuser) brings it up to date by opening it once with Land Release; then try again.</source>
        <translation>{} ortaq məlumat bazasının hələ id-si yoxdur: o, Land Release-in əvvəlki versiyası ilə yaradılıb. Onun sahibi (və ya superistifadəçi) bazanı Land Release ilə bir dəfə açmaqla yeniləyir; sonra yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="127" />
        <source>Give a PostgreSQL connection: a QGIS connection name or a URI.</source>
        <translation>PostgreSQL qoşulmasını göstərin: QGIS qoşulmasının adı və ya URI.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="131" />
        <source>{} is not a usable schema name: use lower-case letters, digits and _, starting with a letter.</source>
        <translation>{} sxem adı kimi istifadə oluna bilməz: kiçik hərflərdən, rəqəmlərdən və _ işarəsindən istifadə edin, ad hərflə başlamalıdır.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="143" />
        <source>{} is neither a saved PostgreSQL connection of QGIS nor a connection string (dbname=… host=… or postgresql://…).</source>
        <translation>{} nə QGIS-də saxlanılmış PostgreSQL qoşulması, nə də qoşulma sətridir (dbname=… host=… və ya postgresql://…).</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="149" />
        <source>The connection {} names no database.</source>
        <translation>{} qoşulmasında məlumat bazası göstərilməyib.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="187" />
        <source>Cannot connect to the PostgreSQL database {}: {}</source>
        <translation>{} PostgreSQL məlumat bazasına qoşulmaq mümkün deyil: {}</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="188" />
        <source>no answer</source>
        <translation>cavab yoxdur</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="194" />
        <source>The connection stores no user name or password: save them in the QGIS connection (better in an authentication configuration) or in ~/.pgpass.</source>
        <translation>Qoşulmada istifadəçi adı və ya parol saxlanılmayıb: onları QGIS qoşulmasında (daha yaxşısı, autentifikasiya konfiqurasiyasında) və ya ~/.pgpass faylında saxlayın.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="258" />
        <source>A PostGIS land release database needs an EPSG CRS; {} is not one.</source>
        <translation>PostGIS-də ərazinin azad edilməsi məlumat bazası üçün EPSG koordinat sistemi lazımdır; {} EPSG koordinat sistemi deyil.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="267" />
        <source>Cannot start a transaction.</source>
        <translation>Tranzaksiya başladıla bilmir.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="275" />
        <source>The database refused the commit.</source>
        <translation>Məlumat bazası tranzaksiyanın təsdiqini rədd etdi.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="319" />
        <source>Cannot store the style of {}: {}</source>
        <translation>{} üslubu saxlanıla bilmir: {}</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="354" />
        <source>The schema {} already exists in {}. A land release database is never overwritten: choose a new schema name.</source>
        <translation>{} sxemi {} məlumat bazasında artıq mövcuddur. Ərazinin azad edilməsi məlumat bazası heç vaxt üzərinə yazılmır: yeni sxem adı seçin.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="362" />
        <source>PostGIS does not know the CRS EPSG:{}.</source>
        <translation>PostGIS EPSG:{} koordinat sistemini tanımır.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="371" />
        <source>The login {} works with the land release data day to day (viewer, editor, QM or admin), so it cannot create the schema {}: the schema and its edit log belong to a role that no day-to-day login holds. Create it with the login of the database's owner or a superuser.</source>
        <translation>{} logini ərazinin azad edilməsi məlumatları ilə gündəlik işləyir (baxış, redaktor, keyfiyyətin idarə edilməsi və ya administrator), ona görə {} sxemini yarada bilməz: sxem və onun dəyişikliklər jurnalı heç bir gündəlik loginə verilməyən rola məxsusdur. Sxemi məlumat bazası sahibinin logini və ya superistifadəçi ilə yaradın.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="378" />
        <source>Cannot create the land release schema {}: {}</source>
        <translation>{} ərazinin azad edilməsi sxemi yaradıla bilmir: {}</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="391" />
        <source>PostGIS is not installed in the database {} and cannot be added ({}): ask its administrator to run CREATE EXTENSION postgis.</source>
        <translation>PostGIS {} məlumat bazasında quraşdırılmayıb və əlavə edilə bilmir ({}): bazanın administratorundan CREATE EXTENSION postgis əmrini icra etməsini xahiş edin.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="431" />
        <source>{} is not a land release database: the tables {} are missing.</source>
        <translation>{} ərazinin azad edilməsi məlumat bazası deyil: {} cədvəlləri yoxdur.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="457" />
        <source>The shared database {} was made by an earlier version of Land Release: editors are not yet kept to the rows of their own organisation, the edit log is not yet out of the administrators' reach, and changes made outside this plugin may not yet mark the hazards' remaining areas for recomputing. The owner of the database (or a superuser) brings it up to date by opening it once with Land Release. ({})</source>
        <translation>{} ortaq məlumat bazası Ərazinin azad edilməsi plagininin əvvəlki versiyası ilə yaradılıb: redaktorlar hələ yalnız öz təşkilatlarının qeydləri ilə məhdudlaşdırılmır, dəyişikliklər jurnalını hələ administratorlar dəyişə bilər və bu plagindən kənarda edilən dəyişikliklər hələ təhlükəli ərazilərin qalan sahələrini yenidən hesablanma üçün işarələməyə bilər. Məlumat bazasının sahibi (və ya superistifadəçi) onu Ərazinin azad edilməsi plagini ilə bir dəfə açaraq yeniləyir. ({})</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="514" />
        <source>Cannot store the programme's settings in the schema {}: {} (only its administrators, landrelease_admin, and its owner may change them).</source>
        <translation>Proqramın ayarları {} sxemində saxlanıla bilmir: {} (onları yalnız administratorlar, landrelease_admin, və sxemin sahibi dəyişə bilər).</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="545" />
        <source>another user</source>
        <translation>başqa istifadəçi</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="547" />
        <source>{} {} was changed by {} at {} since you opened it for editing, so your change to it was not saved (it would have overwritten theirs). Discard your edits of this layer (or note them), reload the layer and make your change again.</source>
        <translation>{} {} {} tərəfindən {} tarixində dəyişdirilib (siz onu redaktə üçün açdıqdan sonra), ona görə sizin ona etdiyiniz dəyişiklik saxlanılmadı (o, onların dəyişikliyinin üzərinə yazılardı). Bu laydakı redaktələrinizi ləğv edin (və ya onları qeyd edin), layı yenidən yükləyin və dəyişikliyinizi yenidən edin.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="599" />
        <source>no organisation</source>
        <translation>heç bir təşkilat</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="611" />
        <source>{} {} belongs to the organisation {}; your database login {} belongs to {}, so it may not change or delete it, nor save a record for another organisation. Nothing was saved: discard your edits of this record. If it is really your organisation's, ask your Land Release administrator (landrelease_admin) to correct its organisation.</source>
        <translation>{} {} {} təşkilatına aiddir; sizin məlumat bazası loginiz {} isə {} təşkilatına aiddir, ona görə onu dəyişə və ya silə, həmçinin başqa təşkilat üçün qeyd saxlaya bilməz. Heç nə saxlanılmadı: bu qeyddəki redaktələrinizi ləğv edin. Əgər qeyd həqiqətən sizin təşkilatınıza aiddirsə, Ərazinin azad edilməsi administratorunuzdan (landrelease_admin) onun təşkilatını düzəltməsini xahiş edin.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="626" />
        <source>Your database login {} belongs to no organisation, so it may not change {} {}. Nothing was saved: ask your Land Release administrator (landrelease_admin) to add your login to your organisation.</source>
        <translation>Sizin məlumat bazası loginiz {} heç bir təşkilata aid deyil, ona görə {} {} qeydini dəyişə bilməz. Heç nə saxlanılmadı: Ərazinin azad edilməsi administratorunuzdan (landrelease_admin) loginizi təşkilatınıza əlavə etməsini xahiş edin.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="633" />
        <source>{} {}: only quality management sets the QA status and the review of a release (a release is saved as pending). Nothing was saved: leave the QA status and the review fields as they are, or ask quality management to review the release.</source>
        <translation>{} {}: azad etmənin keyfiyyət təminatı statusunu və yoxlamasını yalnız keyfiyyətin idarə edilməsi bölməsi təyin edir (azad etmə «Gözləmədə» statusu ilə saxlanılır). Heç nə saxlanılmadı: keyfiyyət təminatı statusunu və yoxlama sahələrini olduğu kimi saxlayın və ya keyfiyyətin idarə edilməsi bölməsindən azad etməni yoxlamasını xahiş edin.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="640" />
        <source>{} {}: {} is not a QA status. Nothing was saved: choose pending, passed or failed.</source>
        <translation>{} {}: {} keyfiyyət təminatı statusu deyil. Heç nə saxlanılmadı: «Gözləmədə», «Keçdi» və ya «Keçmədi» seçin.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="645" />
        <source>{} {} has been reviewed by quality management ({}), so it may not be deleted. Nothing was deleted: ask quality management to set it back to pending first, or record a new release.</source>
        <translation>{} {} keyfiyyətin idarə edilməsi bölməsi tərəfindən yoxlanılıb ({}), ona görə silinə bilməz. Heç nə silinmədi: keyfiyyətin idarə edilməsi bölməsindən onu əvvəlcə yenidən «Gözləmədə» statusuna qaytarmasını xahiş edin və ya yeni azad etmə qeyd edin.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="652" />
        <source>Your database login may not save this {} for that organisation (row-level security). Nothing was saved: record only your own organisation's work, or ask your Land Release administrator (landrelease_admin) which organisation your login belongs to.</source>
        <translation>Sizin məlumat bazası loginiz bu {} qeydini həmin təşkilat üçün saxlaya bilməz (sətir səviyyəsində təhlükəsizlik). Heç nə saxlanılmadı: yalnız öz təşkilatınızın işini qeyd edin və ya Ərazinin azad edilməsi administratorunuzdan (landrelease_admin) loginizin hansı təşkilata aid olduğunu soruşun.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="660" />
        <source>Your database login may not make this change to {} (permission denied): viewers only read, quality management only reviews releases, reference data is the administrators'. Nothing was saved: ask your Land Release administrator (landrelease_admin) for the role you need.</source>
        <translation>Sizin məlumat bazası loginiz {} layında bu dəyişikliyi edə bilməz (permission denied): baxış hüququ olanlar yalnız oxuyur, keyfiyyətin idarə edilməsi yalnız azad etmələri yoxlayır, istinad məlumatları isə administratorlara aiddir. Heç nə saxlanılmadı: Ərazinin azad edilməsi administratorunuzdan (landrelease_admin) sizə lazım olan rolu xahiş edin.</translation>
    </message>
</context>
<context>
    <name>LandReleaseDependencies</name>
    <message>
        <location filename="../dialogs/dependencies.py" line="32" />
        <location filename="../dialogs/dependencies.py" line="75" />
        <location filename="../dialogs/dependencies.py" line="77" />
        <location filename="../dialogs/dependencies.py" line="79" />
        <source>Land Release</source>
        <translation>Ərazinin azad edilməsi</translation>
    </message>
    <message>
        <location filename="../dialogs/dependencies.py" line="33" />
        <source>Python packages missing: {}</source>
        <translation>Çatışmayan Python paketləri: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/dependencies.py" line="35" />
        <source>Install…</source>
        <translation>Quraşdır…</translation>
    </message>
    <message>
        <location filename="../dialogs/dependencies.py" line="46" />
        <source>Python packages</source>
        <translation>Python paketləri</translation>
    </message>
    <message>
        <location filename="../dialogs/dependencies.py" line="46" />
        <source>Every package Land Release needs is installed.</source>
        <translation>Ərazinin azad edilməsi plagininə lazım olan bütün paketlər quraşdırılıb.</translation>
    </message>
    <message>
        <location filename="../dialogs/dependencies.py" line="54" />
        <source>Install Python packages</source>
        <translation>Python paketlərini quraşdır</translation>
    </message>
    <message>
        <location filename="../dialogs/dependencies.py" line="56" />
        <source>Land Release needs these Python packages:

{}

Install them with pip into a folder of the QGIS profile ({})? The system's Python is not changed. This needs the internet; restart QGIS afterwards.</source>
        <translation>Ərazinin azad edilməsi plagininə bu Python paketləri lazımdır:

{}

Onlar pip ilə QGIS profilinin qovluğuna ({}) quraşdırılsın? Sistemin Python-u dəyişmir. Bunun üçün internet lazımdır; sonra QGIS-i yenidən başladın.</translation>
    </message>
    <message>
        <location filename="../dialogs/dependencies.py" line="65" />
        <source>Installing Python packages for Land Release</source>
        <translation>Ərazinin azad edilməsi üçün Python paketləri quraşdırılır</translation>
    </message>
    <message>
        <location filename="../dialogs/dependencies.py" line="75" />
        <source>Installing failed: {}</source>
        <translation>Quraşdırma alınmadı: {}</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="64" />
        <source>delineation, traverses, tasking maps, reports</source>
        <translation>sərhədlərin müəyyənləşdirilməsi, traverslər, tapşırıq xəritələri, hesabatlar</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="72" />
        <source>Delineate CHA (clustering of evidence)</source>
        <translation>CHA-nın müəyyənləşdirilməsi (sübutların qruplaşdırılması)</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="82" />
        <source>magnetic declination (IGRF-14); needs pandas (apt install python3-pandas)</source>
        <translation>maqnit meyli (IGRF-14); pandas lazımdır (apt install python3-pandas)</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="91" />
        <source>field packages: the edits made in the field (geodiff)</source>
        <translation>çöl paketləri: çöldə edilmiş redaktələr (geodiff)</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="193" />
        <source>pip is not installed for {}. On Debian: 'sudo apt install python3-pip', then try again.</source>
        <translation>{} üçün pip quraşdırılmayıb. Debian-da: 'sudo apt install python3-pip', sonra yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="198" />
        <source>The Python package index (pypi.org) could not be reached: this computer seems to be offline or behind a proxy. Connect it to the internet (or set the proxy in PIP_PROXY), or install the packages with apt/pip as the README says, then restart QGIS.</source>
        <translation>Python paket indeksinə (pypi.org) qoşulmaq mümkün olmadı: bu kompüter, görünür, internetə qoşulmayıb və ya proksi arxasındadır. Onu internetə qoşun (və ya proksini PIP_PROXY-də göstərin), ya da paketləri README-də deyildiyi kimi apt/pip ilə quraşdırın, sonra QGIS-i yenidən başladın.</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="205" />
        <source>pip found no ready-built package for this Python ({}): install the packages with apt or pip as the README says, then restart QGIS.</source>
        <translation>pip bu Python ({}) üçün hazır paket tapmadı: paketləri README-də deyildiyi kimi apt və ya pip ilə quraşdırın, sonra QGIS-i yenidən başladın.</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="209" />
        <source>pip could not install the packages: {}</source>
        <translation>pip paketləri quraşdıra bilmədi: {}</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="219" />
        <source>No Python interpreter was found to run pip.</source>
        <translation>pip-i işə salmaq üçün Python interpretatoru tapılmadı.</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="238" />
        <source>pip did not finish within {} s; the network may be too slow.</source>
        <translation>pip {} san. ərzində başa çatmadı; şəbəkə çox yavaş ola bilər.</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="248" />
        <source>Installed {} into {}. Restart QGIS to use them.</source>
        <translation>{} {} qovluğuna quraşdırıldı. Onlardan istifadə etmək üçün QGIS-i yenidən başladın.</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="256" />
        <source>{name} {pin} (found: {found}) — for {purpose}</source>
        <translation>{name} {pin} (tapılan: {found}) — {purpose} üçün</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="259" />
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="263" />
        <source>(or: sudo apt install {})</source>
        <translation>(və ya: sudo apt install {})</translation>
    </message>
</context>
<context>
    <name>LandReleaseDerived</name>
    <message>
        <location filename="../storage/derived.py" line="479" />
        <source>Cannot open {}.</source>
        <translation>{} açıla bilmir.</translation>
    </message>
    <message>
        <location filename="../storage/derived.py" line="504" />
        <source>The remaining areas and statuses of {} cannot be recomputed: the layer {} has no spatial index. Create it (Layer Properties ▸ Source ▸ Create Spatial Index) and open the database again.</source>
        <translation>{} məlumat bazasında qalan sahələr və statuslar yenidən hesablana bilməz: {} qatının məkan indeksi yoxdur. Onu yaradın (Layer Properties ▸ Source ▸ Create Spatial Index) və məlumat bazasını yenidən açın.</translation>
    </message>
    <message>
        <location filename="../storage/derived.py" line="514" />
        <source>The database has no layer {}.</source>
        <translation>Məlumat bazasında {} layı yoxdur.</translation>
    </message>
    <message>
        <location filename="../storage/derived.py" line="565" />
        <source>The remaining areas and statuses of {} could not be recomputed: {} They stay unknown until they can be.</source>
        <translation>{} məlumat bazasında qalan sahələr və statuslar yenidən hesablana bilmədi: {} Hesablana bilənə qədər onlar naməlum qalır.</translation>
    </message>
    <message>
        <location filename="../storage/derived.py" line="664" />
        <source>The remaining areas and statuses could not be recomputed: {}</source>
        <translation>Qalan sahələr və statuslar yenidən hesablana bilmədi: {}</translation>
    </message>
    <message>
        <location filename="../storage/derived.py" line="680" />
        <location filename="../storage/derived.py" line="769" />
        <source>{}: remaining area and status unknown: {}</source>
        <translation>{}: qalan sahə və status naməlumdur: {}</translation>
    </message>
    <message>
        <location filename="../storage/derived.py" line="761" />
        <source>Remaining area and status recomputed for {} hazard(s) of {}.</source>
        <translation>{} təhlükəli ərazinin ({} məlumat bazasında) qalan sahəsi və statusu yenidən hesablandı.</translation>
    </message>
    <message>
        <location filename="../storage/derived.py" line="754" />
        <source>end date is not a date: {}</source>
        <translation>bitmə tarixi tarix deyil: {}</translation>
    </message>
    <message>
        <location filename="../storage/derived.py" line="756" />
        <source>qa_status is not pending, passed or failed: {}</source>
        <translation>qa_status pending, passed və ya failed deyil: {}</translation>
    </message>
</context>
<context>
    <name>LandReleaseFieldPackage</name>
    <message>
        <location filename="../storage/field/package.py" line="116" />
        <source>OUTPUT: choose an empty folder for the field package.</source>
        <translation>OUTPUT: çöl paketi üçün boş qovluq seçin.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="120" />
        <source>OUTPUT: {} is a file, not a folder: choose an empty folder.</source>
        <translation>OUTPUT: {} qovluq deyil, fayldır: boş qovluq seçin.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="126" />
        <source>OUTPUT: {} already holds a field package; a package is never written over: choose an empty folder.</source>
        <translation>OUTPUT: {} qovluğunda artıq çöl paketi var; paketin üzərinə heç vaxt yazılmır: boş qovluq seçin.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="133" />
        <source>OUTPUT: {} is not empty; a package is never written over other files: choose an empty folder.</source>
        <translation>OUTPUT: {} boş deyil; paket heç vaxt başqa faylların üzərinə yazılmır: boş qovluq seçin.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="143" />
        <source>OUTPUT: the folder {} cannot be written here: choose a folder you can write to.</source>
        <translation>OUTPUT: {} qovluğu burada yazıla bilmir: yaza biləcəyiniz qovluq seçin.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="156" />
        <source>OUTPUT: cannot make the folder {}: {}</source>
        <translation>OUTPUT: {} qovluğu yaradıla bilmir: {}</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="179" />
        <source>DATABASE: {} does not exist: choose the land release GeoPackage.</source>
        <translation>DATABASE: {} mövcud deyil: ərazinin azad edilməsi GeoPackage faylını seçin.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="185" />
        <source>DATABASE: {} is not a GeoPackage, or it is damaged (cut short?): choose the land release database, or restore it from a backup.</source>
        <translation>DATABASE: {} GeoPackage deyil və ya zədələnib (yarımçıq qalıb?): ərazinin azad edilməsi məlumat bazasını seçin və ya onu ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="193" />
        <source>DATABASE: {} cannot be read ({}): restore it from a backup.</source>
        <translation>DATABASE: {} oxuna bilmir ({}): onu ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="200" />
        <source>DATABASE: {} is not a land release database: the layers {} are missing.</source>
        <translation>DATABASE: {} ərazinin azad edilməsi məlumat bazası deyil: {} layları yoxdur.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="214" />
        <source>CONNECTION: {}</source>
        <translation>CONNECTION: {}</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="219" />
        <source>DATABASE: the layers {} of {} cannot be read.</source>
        <translation>DATABASE: {} layları ({} faylında) oxuna bilmir.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="263" />
        <source>INPUT: {} are not in the database {} (or are other features there under the same id): is INPUT a layer of another database? Choose the tasks or hazards of the database being packed.</source>
        <translation>INPUT: {} {} məlumat bazasında yoxdur (və ya orada eyni id ilə başqa obyektlərdir): INPUT başqa məlumat bazasının layıdırmı? Paketlənən məlumat bazasının tapşırıqlarını və ya təhlükəli ərazilərini seçin.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="351" />
        <location filename="../storage/field/package.py" line="477" />
        <source>OUTPUT: {}</source>
        <translation>OUTPUT: {}</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="354" />
        <source>OUTPUT: cannot open {}.</source>
        <translation>OUTPUT: {} açıla bilmir.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="372" />
        <source>OUTPUT: the features could not be copied into {}: {}</source>
        <translation>OUTPUT: obyektlər {} faylına köçürülə bilmədi: {}</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="406" />
        <source>it could not be opened read-only</source>
        <translation>onu yalnız oxumaq üçün açmaq mümkün olmadı</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="411" />
        <source>DATABASE: {} cannot be read ({}): check that it is on a disk you can write to (SQLite writes a small -shm file beside it) and that it is not damaged.</source>
        <translation>DATABASE: {} oxuna bilmir ({}): onun yazmağa icazəniz olan diskdə olduğunu (SQLite yanında kiçik -shm faylı yazır) və zədələnmədiyini yoxlayın.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="418" />
        <source>the package's spatial reference differs from the database's</source>
        <translation>paketin koordinat sistemi məlumat bazasınınkından fərqlənir</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="526" />
        <source>OUTPUT: {} is still open in another program: close it and pack again.</source>
        <translation>OUTPUT: {} hələ başqa proqramda açıqdır: onu bağlayın və yenidən paketləyin.</translation>
    </message>
    <message>
        <location filename="../storage/field/project.py" line="132" />
        <source>Field package</source>
        <translation>Çöl paketi</translation>
    </message>
    <message>
        <location filename="../storage/field/project.py" line="140" />
        <source>Basemap</source>
        <translation>Əsas xəritə</translation>
    </message>
    <message>
        <location filename="../storage/field/project.py" line="148" />
        <source>OUTPUT: the project could not be written: {}</source>
        <translation>OUTPUT: layihə yazıla bilmədi: {}</translation>
    </message>
</context>
<context>
    <name>LandReleaseImsma</name>
    <message>
        <location filename="../core/imsma/attributes.py" line="27" />
        <source>{where}: imsma_id holds only blanks ({count} character(s)): leave it empty when there is no IMSMA id, or write the id.</source>
        <translation>{where}: imsma_id yalnız boşluqlardan ibarətdir ({count} simvol): IMSMA id-si yoxdursa, onu boş qoyun, ya da id-ni yazın.</translation>
    </message>
    <message>
        <location filename="../core/imsma/attributes.py" line="37" />
        <source>{where}: the IMSMA id {id} is longer than {limit} characters, the most imsma_id holds.</source>
        <translation>{where}: IMSMA id-si {id} {limit} simvoldan uzundur, imsma_id isə ən çox bu qədər simvol saxlayır.</translation>
    </message>
    <message>
        <location filename="../core/imsma/attributes.py" line="54" />
        <source>{where}: imsma_links {value} is not text: write the links to other IMSMA items as one text, as IMSMA Core lists them.</source>
        <translation>{where}: imsma_links {value} mətn deyil: digər IMSMA elementlərinə keçidləri IMSMA Core-un sadaladığı kimi bir mətn şəklində yazın.</translation>
    </message>
    <message>
        <location filename="../core/imsma/exchange.py" line="120" />
        <location filename="../core/imsma/exchange.py" line="124" />
        <source>{where}: the id {value} is not text.</source>
        <translation>{where}: id {value} mətn deyil.</translation>
    </message>
    <message>
        <location filename="../core/imsma/exchange.py" line="128" />
        <source>{where}: the id is empty.</source>
        <translation>{where}: id boşdur.</translation>
    </message>
    <message>
        <location filename="../core/imsma/exchange.py" line="131" />
        <source>{where}: the id {id} is longer than {limit} characters.</source>
        <translation>{where}: id {id} {limit} simvoldan uzundur.</translation>
    </message>
    <message>
        <location filename="../core/imsma/exchange.py" line="138" />
        <source>{where}: the id {id} holds a control character (line break, tab or NUL).</source>
        <translation>{where}: id {id} idarəedici simvol saxlayır (sətir keçidi, tab və ya NUL).</translation>
    </message>
    <message>
        <location filename="../core/imsma/exchange.py" line="153" />
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} oxuna bilmir: {reason}</translation>
    </message>
    <message>
        <location filename="../core/imsma/exchange.py" line="160" />
        <source>{file} is not UTF-8 text (byte 0x{byte} on line {line}): save it as UTF-8 and import again.</source>
        <translation>{file} UTF-8 mətni deyil ({line} sətrində 0x{byte} baytı): onu UTF-8 kimi saxlayın və yenidən idxal edin.</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="94" />
        <source>{file} is not valid JSON (line {line}, column {column}: {reason}).</source>
        <translation>{file} düzgün JSON deyil (sətir {line}, sütun {column}: {reason}).</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="102" />
        <source>{file} is not valid JSON: {reason}</source>
        <translation>{file} düzgün JSON deyil: {reason}</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="140" />
        <source>{where} is a {type}, not a Polygon or MultiPolygon.</source>
        <translation>{where} {type} növündədir, Polygon və ya MultiPolygon deyil.</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="146" />
        <source>{where} has a coordinate that is not a number (NaN or infinite).</source>
        <translation>{where}: rəqəm olmayan koordinat var (NaN və ya sonsuz).</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="159" />
        <source>{where} has broken coordinates: {reason}</source>
        <translation>{where}: koordinatlar pozulub: {reason}</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="169" />
        <source>{where} has the point {lon:g}, {lat:g} (longitude, latitude), which is not WGS 84 degrees: a GeoJSON holds longitude first, in degrees.</source>
        <translation>{where}: {lon:g}, {lat:g} (uzunluq, enlik) nöqtəsi var, bu isə WGS 84 dərəcələri deyil: GeoJSON-da əvvəlcə uzunluq gəlir, dərəcə ilə.</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="191" />
        <source>{file} is not a GeoJSON FeatureCollection.</source>
        <translation>{file} GeoJSON FeatureCollection deyil.</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="199" />
        <source>{file} is in {crs}, not WGS 84.</source>
        <translation>{file} WGS 84-də deyil, {crs} daxilindədir.</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="205" />
        <source>{file} has no list of features.</source>
        <translation>{file} faylında obyektlər siyahısı yoxdur.</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="220" />
        <source>{where} is not a GeoJSON feature.</source>
        <translation>{where} GeoJSON obyekti deyil.</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="223" />
        <source>{where}: its properties are not an object.</source>
        <translation>{where}: onun xassələri (properties) JSON obyekti deyil.</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="43" />
        <source>latitude and longitude swapped (the two columns exchanged)</source>
        <translation>enlik və uzunluğun yerləri dəyişdirilib (iki sütun bir-biri ilə əvəz olunub)</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="44" />
        <source>the minus sign of the longitude lost (a west longitude written as east)</source>
        <translation>uzunluğun mənfi işarəsi itib (qərb uzunluğu şərq kimi yazılıb)</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="45" />
        <source>the minus sign of the latitude lost (a south latitude written as north)</source>
        <translation>enliyin mənfi işarəsi itib (cənub enliyi şimal kimi yazılıb)</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="46" />
        <source>the minus signs of the latitude and the longitude lost (S and W lost)</source>
        <translation>enliyin və uzunluğun mənfi işarələri itib (S və W itib)</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="48" />
        <source>degrees and minutes written as decimal degrees (40.3512 for 40°35.12′ instead of 40.5853)</source>
        <translation>dərəcə və dəqiqələr onluq dərəcə kimi yazılıb (40°35.12′ üçün 40.5853 əvəzinə 40.3512)</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="51" />
        <source>degrees, minutes and seconds written as decimal degrees (40.3507 for 40°35′07″ instead of 40.5853)</source>
        <translation>dərəcə, dəqiqə və saniyələr onluq dərəcə kimi yazılıb (40°35′07″ üçün 40.5853 əvəzinə 40.3507)</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="55" />
        <source>every point moved by the same {shift_m} m towards {bearing_deg}°: coordinates in another datum or CRS than WGS 84 (such as Pulkovo 1942)</source>
        <translation>bütün nöqtələr eyni {shift_m} m qədər {bearing_deg}° istiqamətində sürüşüb: koordinatlar WGS 84-dən fərqli datumda və ya koordinat sistemindədir (məsələn, Pulkovo 1942)</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="59" />
        <source>every point moved by the same {shift_m} m towards {bearing_deg}°, too far for another datum: a wrong zone or false easting, or a number added to every coordinate</source>
        <translation>bütün nöqtələr eyni {shift_m} m qədər {bearing_deg}° istiqamətində sürüşüb, bu isə başqa datum üçün çox uzaqdır: yanlış zona və ya false easting, ya da hər koordinata əlavə edilmiş ədəd</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="62" />
        <source>the same points in another order (check point_no)</source>
        <translation>eyni nöqtələr başqa sırada (point_no-nu yoxlayın)</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="64" />
        <source>{count} vertex(es) of the GeoJSON boundary missing from the point list, the farthest {distance_m} m from it at {lat}, {lon} (latitude, longitude)</source>
        <translation>GeoJSON sərhədinin {count} təpəsi nöqtə siyahısında yoxdur, ən uzağı ondan {distance_m} m aralıda, {lat}, {lon} (enlik, uzunluq) nöqtəsində</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="67" />
        <source>the point lists give {csv_parts} part(s), the GeoJSON {geojson_parts}</source>
        <translation>nöqtə siyahıları {csv_parts} hissə verir, GeoJSON isə {geojson_parts}</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="69" />
        <source>unknown: point {point_no} (line {line}) lies {distance_m} m from the GeoJSON boundary</source>
        <translation>naməlum: {point_no} nöqtəsi ({line} sətri) GeoJSON sərhədindən {distance_m} m aralıdadır</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="81" />
        <source>line {line}: {column} is empty.</source>
        <translation>sətir {line}: {column} boşdur.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="87" />
        <source>line {line}: {column} {value} is not a number.</source>
        <translation>sətir {line}: {column} {value} rəqəm deyil.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="94" />
        <source>line {line}: {column} {value} is not a finite number (NaN or infinite).</source>
        <translation>sətir {line}: {column} {value} sonlu rəqəm deyil (NaN və ya sonsuz).</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="108" />
        <source>line {line}: latitude {latitude:g}, longitude {longitude:g} are not degrees: the point lists hold WGS 84 degrees, not projected coordinates (UTM, Gauss–Krüger).</source>
        <translation>sətir {line}: enlik {latitude:g}, uzunluq {longitude:g} dərəcə deyil: nöqtə siyahılarında proyeksiyalı koordinatlar (UTM, Gauss–Krüger) deyil, WGS 84 dərəcələri olur.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="113" />
        <source>line {line}: latitude {latitude:g} is not between -90 and 90 (longitude {longitude:g}): are the latitude and longitude columns swapped?</source>
        <translation>sətir {line}: enlik {latitude:g} -90 ilə 90 arasında deyil (uzunluq {longitude:g}): enlik və uzunluq sütunlarının yerləri dəyişdirilməyib?</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="117" />
        <source>line {line}: latitude {latitude:g} is not between -90 and 90.</source>
        <translation>sətir {line}: enlik {latitude:g} -90 ilə 90 arasında deyil.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="126" />
        <source>line {line}: point_no {number:g} is not a whole number.</source>
        <translation>sətir {line}: point_no {number:g} tam ədəd deyil.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="158" />
        <location filename="../core/imsma/point_csv.py" line="239" />
        <source>{file} line {line} is not CSV: {reason}</source>
        <translation>{file}, sətir {line}: CSV deyil: {reason}</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="168" />
        <source>{file} is empty (no header row).</source>
        <translation>{file} boşdur (başlıq sətri yoxdur).</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="175" />
        <source>{file}: the column {columns} appears more than once in the header.</source>
        <translation>{file}: {columns} sütunu başlıqda bir dəfədən çox var.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="183" />
        <source>{file} has no column {missing} (its first line is {first}): a point list is comma-separated (semicolons and tabs are also read) with the columns {required}.</source>
        <translation>{file} faylında {missing} sütunu yoxdur (onun birinci sətri: {first}): nöqtə siyahısı {required} sütunları olan, vergüllə ayrılmış fayldır (nöqtəli vergül və tab da oxunur).</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="250" />
        <source>line {line} has {count} values where the header has {columns} columns: a separator or a decimal comma inside a value that is not quoted?</source>
        <translation>sətir {line}: başlıqda {columns} sütun olduğu halda {count} qiymət var: dırnaqsız qiymətin içində ayırıcı və ya onluq vergül?</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="261" />
        <source>line {line}: point {number} of {id} is already on line {first}.</source>
        <translation>sətir {line}: {id} obyektinin {number} nöqtəsi artıq {first} sətrindədir.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_lists.py" line="66" />
        <location filename="../core/imsma/point_lists.py" line="211" />
        <source>{what}: {count} distinct point(s), a polygon needs at least 3.</source>
        <translation>{what}: {count} fərqli nöqtə; poliqona ən azı 3 nöqtə lazımdır.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_lists.py" line="73" />
        <source>{what}: the points are in a line, the polygon has no area.</source>
        <translation>{what}: nöqtələr bir xətt üzərindədir, poliqonun sahəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_lists.py" line="131" />
        <source>{id}: a {type} is not a polygon.</source>
        <translation>{id}: {type} poliqon deyil.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_lists.py" line="196" />
        <source>{id}: point_no {number} is used twice.</source>
        <translation>{id}: point_no {number} iki dəfə istifadə olunub.</translation>
    </message>
</context>
<context>
    <name>LandReleaseInputs</name>
    <message>
        <location filename="../processing/inputs.py" line="121" />
        <source>the districts' extent plus {:g} km</source>
        <translation>rayonların əhatə dairəsi üstəgəl {:g} km</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="123" />
        <source>the area of use of {}</source>
        <translation>{} koordinat sisteminin istifadə ərazisi</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="127" />
        <source>{}: {} feature(s) lie outside the programme's area ({}: {}): {}. They are used as they are: check their coordinates (latitude and longitude swapped, a wrong zone or CRS).</source>
        <translation>{}: {} obyekt proqram ərazisindən kənardadır ({}: {}): {}. Onlar olduğu kimi istifadə olunur: koordinatlarını yoxlayın (enlik və uzunluq yerdəyişib, zona və ya koordinat sistemi yanlışdır).</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="153" />
        <source>{}: the stored dates of {} cannot be read ({}): read as QGIS reads them.</source>
        <translation>{}: {} faylında saxlanmış tarixləri oxumaq mümkün deyil ({}): QGIS-in oxuduğu kimi oxunur.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="184" />
        <source>{}: {} value(s) that should be whole numbers of 0 or more are not: {}. Correct them (a count of items found, a depth in cm).</source>
        <translation>{}: 0 və ya daha böyük tam ədəd olmalı olan {} dəyər belə deyil: {}. Onları düzəldin (tapılmış əşyaların sayı, sm ilə dərinlik).</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="85" />
        <source>{name}: the file {path} has no layer {layer}; it holds: {present}.</source>
        <translation>{name}: {path} faylında {layer} qatı yoxdur; orada olanlar: {present}.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="89" />
        <source>{name}: the file {path} is there but cannot be opened as a layer ({reason}). It may be damaged or copied only in part: copy it again, or open it in QGIS to see what is wrong.</source>
        <translation>{name}: {path} faylı mövcuddur, lakin qat kimi açıla bilmir ({reason}). O, zədələnmiş və ya yarımçıq köçürülmüş ola bilər: onu yenidən köçürün və ya nəyin səhv olduğunu görmək üçün QGIS-də açın.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="92" />
        <source>no vector format recognised</source>
        <translation>tanınan vektor formatı yoxdur</translation>
    </message>
</context>
<context>
    <name>LandReleaseModel</name>
    <message>
        <location filename="../core/model.py" line="70" />
        <source>Detonation</source>
        <translation>Partlayış</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="71" />
        <source>Accident (known location)</source>
        <translation>Qəza (yeri məlum)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="72" />
        <source>Minefield record (high reliability)</source>
        <translation>Mina sahəsi formulyarı (yüksək etibarlılıq)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="73" />
        <source>Hazard marking</source>
        <translation>Təhlükə nişanı</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="74" />
        <source>Mine seen</source>
        <translation>Mina görülüb</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="75" />
        <source>ERW seen</source>
        <translation>Müharibənin partlayıcı qalıqları görülüb</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="76" />
        <source>Earlier survey</source>
        <translation>Əvvəlki tədqiqat</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="77" />
        <source>Combat zone</source>
        <translation>Döyüş bölgəsi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="78" />
        <source>Defensive position</source>
        <translation>Müdafiə mövqeyi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="79" />
        <source>Accident (location unknown)</source>
        <translation>Qəza (yeri naməlum)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="80" />
        <source>Minefield record (low reliability)</source>
        <translation>Mina sahəsi formulyarı (aşağı etibarlılıq)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="81" />
        <source>Land not used</source>
        <translation>Torpaq istifadə olunmur</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="82" />
        <source>Verbal report</source>
        <translation>Şifahi məlumat</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="84" />
        <source>Direct</source>
        <translation>Birbaşa</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="84" />
        <source>Indirect</source>
        <translation>Dolayı</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="87" />
        <source>Anti-personnel mines</source>
        <translation>Piyada əleyhinə minalar</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="88" />
        <source>Anti-tank mines</source>
        <translation>Tank əleyhinə minalar</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="89" />
        <source>Mixed AP and AT</source>
        <translation>Qarışıq (piyada və tank əleyhinə)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="90" />
        <source>Unexploded ordnance</source>
        <translation>Partlamamış hərbi sursat</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="91" />
        <source>Cluster munitions</source>
        <translation>Kaset sursatı</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="92" />
        <source>Improvised explosive devices</source>
        <translation>Əldəqayırma partlayıcı qurğular</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="93" />
        <source>Unknown</source>
        <translation>Naməlum</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="97" />
        <source>Visual</source>
        <translation>Vizual</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="98" />
        <source>Verbal</source>
        <translation>Şifahi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="99" />
        <source>Record</source>
        <translation>Sənəd</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="101" />
        <source>High</source>
        <translation>Yüksək</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="101" />
        <source>Medium</source>
        <translation>Orta</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="101" />
        <source>Low</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="104" />
        <source>SHA – suspected hazardous area</source>
        <translation>ŞTƏ – şübhəli təhlükəli ərazi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="105" />
        <source>CHA – confirmed hazardous area</source>
        <translation>TTƏ – təsdiqlənmiş təhlükəli ərazi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="109" />
        <source>Open</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="110" />
        <source>Worked on</source>
        <translation>İş gedir</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="111" />
        <source>Closed</source>
        <translation>Bağlı</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="115" />
        <source>Non-technical survey</source>
        <translation>Qeyri-texniki tədqiqat</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="116" />
        <source>Technical survey</source>
        <translation>Texniki tədqiqat</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="117" />
        <source>Clearance</source>
        <translation>Təmizləmə</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="121" />
        <source>Cancelled</source>
        <translation>Ləğv edilmiş</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="122" />
        <source>Reduced</source>
        <translation>Azaldılmış</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="123" />
        <source>Cleared</source>
        <translation>Təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="127" />
        <source>Manual</source>
        <translation>Əl ilə</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="128" />
        <source>Mechanical</source>
        <translation>Mexaniki</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="129" />
        <source>Mine detection dogs</source>
        <translation>Minaaxtaran itlər</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="130" />
        <source>Combined</source>
        <translation>Kombinə edilmiş</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="131" />
        <source>None</source>
        <translation>Heç biri</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="135" />
        <source>Pending</source>
        <translation>Gözləmədə</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="136" />
        <source>Passed</source>
        <translation>Keçdi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="137" />
        <source>Failed</source>
        <translation>Keçmədi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="141" />
        <source>Reference point</source>
        <translation>Oriyentir nöqtəsi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="142" />
        <source>Benchmark</source>
        <translation>Reper</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="143" />
        <source>Start point</source>
        <translation>Başlanğıc nöqtəsi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="144" />
        <source>Turning point</source>
        <translation>Dönmə nöqtəsi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="145" />
        <source>Intermediate point</source>
        <translation>Aralıq nöqtə</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="146" />
        <source>End point</source>
        <translation>Son nöqtə</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="147" />
        <source>Evidence point</source>
        <translation>Sübut nöqtəsi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="151" />
        <source>Degrees (360)</source>
        <translation>Dərəcə (360)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="152" />
        <source>Mils (6400)</source>
        <translation>Mil (6400)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="153" />
        <source>Mils (6000)</source>
        <translation>Mil (6000)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="154" />
        <source>Gon (400)</source>
        <translation>Qon (400)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="158" />
        <source>Grid north</source>
        <translation>Şəbəkə şimalı</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="159" />
        <source>True north</source>
        <translation>Həqiqi şimal</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="160" />
        <source>Magnetic north</source>
        <translation>Maqnit şimalı</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="164" />
        <source>Entered (the value on the record)</source>
        <translation>Daxil edilib (formulyardakı qiymət)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="165" />
        <source>From a field of the data</source>
        <translation>Məlumatların sahəsindən</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="166" />
        <source>IGRF model (record date and place)</source>
        <translation>IGRF modeli (formulyarın tarixi və yeri)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="170" />
        <source>Insert</source>
        <translation>Əlavə etmə</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="171" />
        <source>Update</source>
        <translation>Yeniləmə</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="172" />
        <source>Delete</source>
        <translation>Silmə</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="240" />
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="241" />
        <source>Created at</source>
        <translation>Yaradılma vaxtı</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="242" />
        <source>Created by</source>
        <translation>Yaradan</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="243" />
        <source>Updated at</source>
        <translation>Yenilənmə vaxtı</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="257" />
        <source>Line of contact</source>
        <translation>Təmas xətti</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="258" />
        <location filename="../core/model.py" line="417" />
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="259" />
        <location filename="../core/model.py" line="307" />
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="260" />
        <source>Valid from</source>
        <translation>Qüvvədədir (başlanğıc)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="261" />
        <source>Valid to</source>
        <translation>Qüvvədədir (son)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="262" />
        <location filename="../core/model.py" line="284" />
        <location filename="../core/model.py" line="310" />
        <location filename="../core/model.py" line="339" />
        <location filename="../core/model.py" line="357" />
        <location filename="../core/model.py" line="380" />
        <location filename="../core/model.py" line="395" />
        <source>Remarks</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="268" />
        <source>Evidence</source>
        <translation>Sübut</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="269" />
        <source>Evidence ID</source>
        <translation>Sübut ID</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="270" />
        <source>Evidence type</source>
        <translation>Sübut növü</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="274" />
        <source>Evidence class</source>
        <translation>Sübut sinfi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="278" />
        <source>Device category</source>
        <translation>Qurğu kateqoriyası</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="279" />
        <source>Device model</source>
        <translation>Qurğu modeli</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="280" />
        <source>Source type</source>
        <translation>Mənbə növü</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="281" />
        <source>Reliability</source>
        <translation>Etibarlılıq</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="282" />
        <source>Reported on</source>
        <translation>Məlumat tarixi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="283" />
        <source>Reported by</source>
        <translation>Məlumat verən</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="285" />
        <location filename="../core/model.py" line="340" />
        <location filename="../core/model.py" line="358" />
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="292" />
        <source>Hazardous area</source>
        <translation>Təhlükəli ərazi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="293" />
        <location filename="../core/model.py" line="319" />
        <location filename="../core/model.py" line="403" />
        <source>Hazard ID</source>
        <translation>Təhlükəli ərazi ID</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="294" />
        <location filename="../styles/symbology.py" line="93" />
        <source>Classification</source>
        <translation>Təsnifat</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="295" />
        <location filename="../core/model.py" line="408" />
        <location filename="../styles/symbology.py" line="102" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="296" />
        <location filename="../core/model.py" line="415" />
        <source>District</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="297" />
        <source>Contamination</source>
        <translation>Çirklənmə</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="298" />
        <source>Direct evidence (count)</source>
        <translation>Birbaşa sübutlar (say)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="299" />
        <source>Indirect evidence (count)</source>
        <translation>Dolayı sübutlar (say)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="300" />
        <source>Estimated area (m²)</source>
        <translation>Təxmini sahə (m²)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="301" />
        <source>Remaining area (m²)</source>
        <translation>Qalan sahə (m²)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="302" />
        <location filename="../core/model.py" line="405" />
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="303" />
        <source>Parent hazard ID</source>
        <translation>Ana təhlükəli ərazi ID</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="304" />
        <source>Recorded on</source>
        <translation>Qeydə alınma tarixi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="305" />
        <source>Status changed on</source>
        <translation>Statusun dəyişmə tarixi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="306" />
        <source>Reason for status</source>
        <translation>Statusun səbəbi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="308" />
        <location filename="../core/model.py" line="337" />
        <source>IMSMA ID</source>
        <translation>IMSMA ID</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="309" />
        <location filename="../core/model.py" line="338" />
        <source>IMSMA links</source>
        <translation>IMSMA əlaqələri</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="317" />
        <source>Land release</source>
        <translation>Ərazinin azad edilməsi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="318" />
        <source>Release ID</source>
        <translation>Azad edilmə ID</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="320" />
        <source>Activity</source>
        <translation>Fəaliyyət</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="321" />
        <source>Outcome</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="322" />
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="323" />
        <location filename="../core/model.py" line="404" />
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="324" />
        <source>Team</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="325" />
        <source>Start date</source>
        <translation>Başlama tarixi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="326" />
        <source>End date</source>
        <translation>Bitmə tarixi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="327" />
        <source>Clearance depth (cm)</source>
        <translation>Təmizləmə dərinliyi (sm)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="328" />
        <source>AP mines found</source>
        <translation>Tapılan piyada əleyhinə minalar</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="329" />
        <source>AT mines found</source>
        <translation>Tapılan tank əleyhinə minalar</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="330" />
        <source>UXO found</source>
        <translation>Tapılan PHS</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="331" />
        <source>Cluster munitions found</source>
        <translation>Tapılan kaset sursatı</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="332" />
        <source>QA status</source>
        <translation>Keyfiyyət təminatı statusu</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="333" />
        <source>Reviewed by</source>
        <translation>Yoxlayan</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="334" />
        <source>Reviewed on</source>
        <translation>Yoxlama tarixi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="335" />
        <source>Review remarks</source>
        <translation>Yoxlama qeydləri</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="336" />
        <source>Area (m²)</source>
        <translation>Sahə (m²)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="347" />
        <source>Survey point</source>
        <translation>Tədqiqat nöqtəsi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="348" />
        <source>Hazard or release ID</source>
        <translation>Təhlükəli ərazi və ya azad edilmə ID</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="349" />
        <location filename="../core/model.py" line="390" />
        <source>Point type</source>
        <translation>Nöqtə növü</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="350" />
        <location filename="../core/model.py" line="389" />
        <source>Sequence</source>
        <translation>Ardıcıllıq</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="351" />
        <location filename="../core/model.py" line="391" />
        <source>Bearing</source>
        <translation>Azimut</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="352" />
        <location filename="../core/model.py" line="392" />
        <source>Bearing unit</source>
        <translation>Azimut vahidi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="353" />
        <location filename="../core/model.py" line="393" />
        <source>North reference</source>
        <translation>Şimal istinadı</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="354" />
        <location filename="../core/model.py" line="394" />
        <source>Distance (m)</source>
        <translation>Məsafə (m)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="355" />
        <source>Entered as</source>
        <translation>Daxil edildiyi kimi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="356" />
        <source>Marker</source>
        <translation>Nişan</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="364" />
        <source>Minefield record</source>
        <translation>Mina sahəsi formulyarı</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="365" />
        <location filename="../core/model.py" line="388" />
        <source>Record ID</source>
        <translation>Formulyar ID</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="366" />
        <source>Document reference</source>
        <translation>Sənədin istinadı</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="367" />
        <source>Record date</source>
        <translation>Formulyarın tarixi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="368" />
        <source>Side that laid the mines</source>
        <translation>Minaları basdıran tərəf</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="369" />
        <source>Mine types</source>
        <translation>Mina növləri</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="370" />
        <source>Mines recorded</source>
        <translation>Qeydə alınmış minalar</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="371" />
        <source>Accuracy (%)</source>
        <translation>Dəqiqlik (%)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="372" />
        <source>Closure error (m)</source>
        <translation>Qapanma xətası (m)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="373" />
        <source>Magnetic declination (°, east positive)</source>
        <translation>Maqnit meyli (°, şərq müsbət)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="377" />
        <source>Declination source</source>
        <translation>Meylin mənbəyi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="387" />
        <source>Traverse leg</source>
        <translation>Gediş hissəsi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="401" />
        <source>Task</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="402" />
        <source>Task ID</source>
        <translation>Tapşırıq ID</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="406" />
        <source>Planned start</source>
        <translation>Planlaşdırılan başlama</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="407" />
        <source>Planned end</source>
        <translation>Planlaşdırılan bitmə</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="416" />
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="418" />
        <source>Name (English)</source>
        <translation>Ad (ingiliscə)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="425" />
        <source>Edit log</source>
        <translation>Dəyişiklik jurnalı</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="426" />
        <location filename="../core/model.py" line="440" />
        <source>Layer</source>
        <translation>Lay</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="427" />
        <location filename="../core/model.py" line="441" />
        <source>Feature UUID</source>
        <translation>Obyektin UUID-si</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="428" />
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="429" />
        <source>Changed by</source>
        <translation>Dəyişdirən</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="430" />
        <source>Changed at</source>
        <translation>Dəyişmə vaxtı</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="431" />
        <source>Before (JSON)</source>
        <translation>Əvvəl (JSON)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="432" />
        <source>After (JSON)</source>
        <translation>Sonra (JSON)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="438" />
        <source>Sync conflict</source>
        <translation>Sinxronlaşdırma ziddiyyəti</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="439" />
        <source>Field package</source>
        <translation>Çöl paketi</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="442" />
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="443" />
        <source>Value when packed</source>
        <translation>Paketləmə zamanı dəyər</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="444" />
        <source>Office value</source>
        <translation>Ofisdəki dəyər</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="445" />
        <source>Field value</source>
        <translation>Çöldəki dəyər</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="446" />
        <source>Synced at</source>
        <translation>Sinxronlaşdırılma vaxtı</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="447" />
        <source>Resolved</source>
        <translation>Həll edilib</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="478" />
        <source>Land releases</source>
        <translation>Azad edilmiş ərazilər</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="486" />
        <location filename="../core/model.py" line="494" />
        <source>Survey points</source>
        <translation>Tədqiqat nöqtələri</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="500" />
        <source>Tasks</source>
        <translation>Tapşırıqlar</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="503" />
        <source>Traverse legs</source>
        <translation>Gediş hissələri</translation>
    </message>
    <message>
        <location filename="../styles/forms.py" line="93" />
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Fotolar (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <location filename="../styles/forms.py" line="242" />
        <source>Must be one of the codes of the list</source>
        <translation>Siyahıdakı kodlardan biri olmalıdır</translation>
    </message>
    <message>
        <location filename="../styles/forms.py" line="249" />
        <source>A photo is kept as DCIM/ and its file name ending in .jpg, .jpeg or .png</source>
        <translation>Foto DCIM/ qovluğunda .jpg, .jpeg və ya .png ilə bitən fayl adı ilə saxlanılır</translation>
    </message>
    <message>
        <location filename="../styles/forms.py" line="261" />
        <source>The end date must not be before the start date</source>
        <translation>Bitmə tarixi başlama tarixindən əvvəl olmamalıdır</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="116" />
        <source>Figures being recomputed</source>
        <translation>Rəqəmlər yenidən hesablanır</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="122" />
        <source>Not classified</source>
        <translation>Təsnif edilməyib</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="147" />
        <source>Type not recognised</source>
        <translation>Növ tanınmadı</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="165" />
        <source>Error</source>
        <translation>Xəta</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="165" />
        <source>Warning</source>
        <translation>Xəbərdarlıq</translation>
    </message>
</context>
<context>
    <name>LandReleasePlugin</name>
    <message>
        <location filename="../plugin.py" line="57" />
        <source>The delineation algorithms are disabled. {}</source>
        <translation>Sərhədlərin müəyyənləşdirilməsi alqoritmləri söndürülüb. {}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="65" />
        <location filename="../plugin.py" line="67" />
        <location filename="../plugin.py" line="237" />
        <location filename="../plugin.py" line="329" />
        <source>Land Release</source>
        <translation>Ərazinin azad edilməsi</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="72" />
        <source>New Database…</source>
        <translation>Yeni məlumat bazası…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="74" />
        <source>Create a new land release database and add it to the project</source>
        <translation>Yeni ərazinin azad edilməsi məlumat bazası yarat və onu layihəyə əlavə et</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="78" />
        <source>Open Database…</source>
        <translation>Məlumat bazasını aç…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="80" />
        <source>Add an existing land release database to the project</source>
        <translation>Mövcud ərazinin azad edilməsi məlumat bazasını layihəyə əlavə et</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="84" />
        <source>Connect to Shared Database (PostGIS)…</source>
        <translation>Ortaq məlumat bazasına qoşul (PostGIS)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="86" />
        <source>Add the layers of a land release schema on a PostgreSQL/PostGIS server</source>
        <translation>PostgreSQL/PostGIS serverindəki ərazinin azad edilməsi sxeminin laylarını əlavə et</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="91" />
        <source>Record Land Release…</source>
        <translation>Ərazinin azad edilməsini qeydə al…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="93" />
        <source>Record a cancelled, reduced or cleared area of a hazard</source>
        <translation>Təhlükəli ərazinin ləğv edilmiş, azaldılmış və ya təmizlənmiş hissəsini qeydə al</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="97" />
        <source>Review Releases…</source>
        <translation>Azad edilmələrin yoxlanılması…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="99" />
        <source>Quality management: pass or fail the land releases waiting for review</source>
        <translation>Keyfiyyətin idarə edilməsi: yoxlama gözləyən azad edilmələri qəbul və ya rədd edin</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="104" />
        <source>Turning Points…</source>
        <translation>Dönmə nöqtələri…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="106" />
        <source>Type a polygon as coordinates or bearings and distances, and save it</source>
        <translation>Poliqonu koordinatlar və ya azimut və məsafələr kimi daxil et və saxla</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="110" />
        <source>Create Database (Processing)…</source>
        <translation>Məlumat bazası yarat (emal alqoritmi)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="111" />
        <source>Delineate SHA…</source>
        <translation>ŞTƏ-ni müəyyənləşdir…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="112" />
        <source>Delineate CHA…</source>
        <translation>TTƏ-ni müəyyənləşdir…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="113" />
        <source>Add Hazards to the Database…</source>
        <translation>Təhlükəli əraziləri məlumat bazasına əlavə et…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="114" />
        <source>Prepare Field Package…</source>
        <translation>Çöl paketini hazırla…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="115" />
        <source>Minefield Records to Polygons…</source>
        <translation>Mina sahəsi formulyarlarından poliqonlar…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="116" />
        <source>Land Release Summary…</source>
        <translation>Ərazinin azad edilməsi üzrə yekun…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="117" />
        <source>Check Data…</source>
        <translation>Məlumatları yoxla…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="118" />
        <source>Split into Tasks…</source>
        <translation>Tapşırıqlara böl…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="119" />
        <source>Tasking Maps (PDF)…</source>
        <translation>Tapşırıq xəritələri (PDF)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="120" />
        <source>Area Report (PDF)…</source>
        <translation>Ərazi hesabatı (PDF)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="121" />
        <source>Completion Report (PDF)…</source>
        <translation>Tamamlanma hesabatı (PDF)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="122" />
        <source>Export for IMSMA…</source>
        <translation>IMSMA üçün ixrac…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="123" />
        <source>Import from IMSMA…</source>
        <translation>IMSMA-dan idxal…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="124" />
        <source>Import Field Package…</source>
        <translation>Çöl paketini idxal et…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="130" />
        <source>Open the Processing dialog of this algorithm</source>
        <translation>Bu alqoritmin Processing dialoqunu aç</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="144" />
        <source>Install Python Packages…</source>
        <translation>Python paketlərini quraşdır…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="146" />
        <source>Install shapely 2, scipy and ppigrf into the QGIS profile when they are missing</source>
        <translation>Çatışmadıqda shapely 2, scipy və ppigrf paketlərini QGIS profilinə quraşdır</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="162" />
        <source>Interface Language</source>
        <translation>İnterfeys dili</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="166" />
        <source>As QGIS</source>
        <translation>QGIS-dəki kimi</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="329" />
        <source>Open a land release database first.</source>
        <translation>Əvvəlcə ərazinin azad edilməsi məlumat bazasını açın.</translation>
    </message>
</context>
<context>
    <name>LandReleaseProgramme</name>
    <message>
        <location filename="../storage/programme.py" line="88" />
        <source>{}° E</source>
        <translation>{}° ş.u.</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="88" />
        <source>{}° W</source>
        <translation>{}° q.u.</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="91" />
        <source>{}° N</source>
        <translation>{}° şm.e.</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="91" />
        <source>{}° S</source>
        <translation>{}° c.e.</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="93" />
        <source>{} to {}, {} to {}</source>
        <translation>{} – {}, {} – {}</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="146" />
        <source>The programme's bearing unit cannot be read ({}); degrees are used.</source>
        <translation>Proqramın azimut vahidi oxuna bilmir ({}); dərəcə istifadə olunur.</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="156" />
        <source>The database {} stores the bearing unit {!r}, which is none of {}; degrees are used. Set it again with Create land release database's BEARING_UNIT or programme.set_bearing_unit.</source>
        <translation>{} məlumat bazasında {!r} azimut vahidi saxlanılıb, o isə bunlardan heç biri deyil: {}; dərəcə istifadə olunur. Onu “Ərazinin azad edilməsi məlumat bazasını yarat” alqoritminin BEARING_UNIT parametri və ya programme.set_bearing_unit ilə yenidən təyin edin.</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="173" />
        <source>{!r} is not a programme bearing unit: use one of {}.</source>
        <translation>{!r} proqramın azimut vahidi deyil: bunlardan birini istifadə edin: {}.</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="192" />
        <source>The bearing unit {} was not kept by {}.</source>
        <translation>{} azimut vahidi {} tərəfindən saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="216" />
        <location filename="../storage/programme.py" line="236" />
        <source>{} does not exist.</source>
        <translation>{} mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="228" />
        <source>Cannot open the GeoPackage {}: {}</source>
        <translation>{} GeoPackage açıla bilmir: {}</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="270" />
        <source>Cannot store the programme's settings in {}: {}</source>
        <translation>Proqramın ayarları {} faylında saxlanıla bilmir: {}</translation>
    </message>
</context>
<context>
    <name>LandReleaseProvider</name>
    <message>
        <location filename="../processing/provider.py" line="49" />
        <source>Land release (mine action)</source>
        <translation>Ərazinin azad edilməsi (minatəmizləmə)</translation>
    </message>
</context>
<context>
    <name>LandReleaseRecording</name>
    <message>
        <location filename="../storage/field/sync.py" line="153" />
        <location filename="../storage/recording/releases.py" line="63" />
        <source>The end date {} is before the start date {}.</source>
        <translation>Bitmə tarixi {} başlama tarixindən {} əvvəldir.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="171" />
        <location filename="../storage/recording/releases.py" line="89" />
        <source>The release has no polygon.</source>
        <translation>Azad edilmiş ərazinin poliqonu yoxdur.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="172" />
        <location filename="../storage/recording/releases.py" line="90" />
        <source>The release geometry must be a polygon.</source>
        <translation>Azad edilmiş ərazinin həndəsəsi poliqon olmalıdır.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="173" />
        <location filename="../storage/recording/releases.py" line="91" />
        <source>The polygon is not valid: repair it (make valid) before saving.</source>
        <translation>Poliqon düzgün deyil: saxlamazdan əvvəl onu düzəldin (make valid).</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="174" />
        <location filename="../storage/recording/releases.py" line="92" />
        <source>The polygon has several parts: record each part as its own release.</source>
        <translation>Poliqonun bir neçə hissəsi var: hər hissəni ayrıca azad edilmə kimi qeydə alın.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="179" />
        <location filename="../storage/recording/releases.py" line="70" />
        <source>There is no hazard {}.</source>
        <translation>{} təhlükəli ərazisi yoxdur.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="435" />
        <location filename="../storage/recording/transaction.py" line="230" />
        <source>The layer {} has unsaved edits: save or discard them first.</source>
        <translation>{} layında saxlanılmamış dəyişikliklər var: əvvəlcə onları saxlayın və ya ləğv edin.</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="80" />
        <source>an invalid date</source>
        <translation>yanlış tarix</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="92" />
        <location filename="../storage/recording/field_values.py" line="99" />
        <location filename="../storage/recording/field_values.py" line="104" />
        <source>is not a whole number</source>
        <translation>tam ədəd deyil</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="97" />
        <location filename="../storage/recording/field_values.py" line="110" />
        <location filename="../storage/recording/field_values.py" line="118" />
        <source>is not a number</source>
        <translation>rəqəm deyil</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="116" />
        <source>is not a number (the decimal mark is a point)</source>
        <translation>rəqəm deyil (onluq işarəsi nöqtədir)</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="128" />
        <location filename="../storage/recording/field_values.py" line="145" />
        <source>is not a date</source>
        <translation>tarix deyil</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="154" />
        <source>holds a broken character (\u{:04x}, character {}): type that part again</source>
        <translation>pozulmuş simvol saxlayır (\u{:04x}, simvol {}): həmin hissəni yenidən yazın</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="159" />
        <source>holds a control character (U+{:04X}, character {}): remove it</source>
        <translation>idarəedici simvol saxlayır (U+{:04X}, simvol {}): onu silin</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="165" />
        <source>has {} characters; it holds at most {}: shorten it</source>
        <translation>{} simvoldan ibarətdir; ən çoxu {} simvol ola bilər: onu qısaldın</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="193" />
        <source>{}: {} is not a date ({}): type it as YYYY-MM-DD, e.g. 2025-06-30.</source>
        <translation>{}: {} tarix deyil ({}): onu YYYY-MM-DD kimi yazın, məs., 2025-06-30.</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="197" />
        <source>e.g. 12</source>
        <translation>məs., 12</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="197" />
        <source>e.g. 12.5</source>
        <translation>məs., 12.5</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="198" />
        <source>{}: {} {} ({}): type a number, {}.</source>
        <translation>{}: {} {} ({}): rəqəm yazın, {}.</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="201" />
        <source>{}: the text {} {} ({}).</source>
        <translation>{}: {} mətni {} ({}).</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="203" />
        <source>{}: {} is not in the code list ({}): choose one of {}.</source>
        <translation>{}: {} kod siyahısında yoxdur ({}): bunlardan birini seçin: {}.</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="213" />
        <source>{} cannot be negative ({}: {}): type 0 or more.</source>
        <translation>{} mənfi ola bilməz ({}: {}): 0 və ya daha çox yazın.</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="215" />
        <source>{}: {} is outside {} to {} ({}): check the value and its unit.</source>
        <translation>{}: {} qiyməti {} ilə {} aralığından kənardadır ({}): qiyməti və onun vahidini yoxlayın.</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="236" />
        <source>{}: {} is in the future ({}): type the day it happened.</source>
        <translation>{}: {} gələcəkdədir ({}): baş verdiyi günü yazın.</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="240" />
        <source>{}: {} is before {} ({}): check the year.</source>
        <translation>{}: {} {} ilindən əvvəldir ({}): ili yoxlayın.</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="276" />
        <source>{} is mandatory ({}): fill it in.</source>
        <translation>{} məcburidir ({}): onu doldurun.</translation>
    </message>
    <message>
        <location filename="../storage/recording/hazard_figures.py" line="56" />
        <source>Nothing was saved.</source>
        <translation>Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../storage/recording/hazards.py" line="35" />
        <source>A hazard {} is already recorded: choose another hazard ID.</source>
        <translation>{} təhlükəli ərazisi artıq qeydə alınıb: başqa təhlükəli ərazi ID-si seçin.</translation>
    </message>
    <message>
        <location filename="../storage/recording/hazards.py" line="39" />
        <source>This hazard is already saved.</source>
        <translation>Bu təhlükəli ərazi artıq saxlanılıb.</translation>
    </message>
    <message>
        <location filename="../storage/recording/hazards.py" line="42" />
        <source>The hazard has no polygon.</source>
        <translation>Təhlükəli ərazinin poliqonu yoxdur.</translation>
    </message>
    <message>
        <location filename="../storage/recording/hazards.py" line="43" />
        <source>The hazard geometry must be a polygon.</source>
        <translation>Təhlükəli ərazinin həndəsəsi poliqon olmalıdır.</translation>
    </message>
    <message>
        <location filename="../storage/recording/hazards.py" line="44" />
        <location filename="../storage/recording/minefield_records.py" line="138" />
        <source>The polygon is not valid (its sides cross?): correct the points before saving.</source>
        <translation>Poliqon düzgün deyil (tərəfləri kəsişir?): saxlamazdan əvvəl nöqtələri düzəldin.</translation>
    </message>
    <message>
        <location filename="../storage/recording/hazards.py" line="45" />
        <source>The polygon has several parts: record each part as its own hazard.</source>
        <translation>Poliqonun bir neçə hissəsi var: hər hissəni ayrıca təhlükəli ərazi kimi qeydə alın.</translation>
    </message>
    <message>
        <location filename="../storage/recording/hazards.py" line="79" />
        <source>{}: this hazard ID is given twice.</source>
        <translation>{}: bu təhlükəli ərazi ID-si iki dəfə verilib.</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="44" />
        <source>{} m² ({} ha)</source>
        <translation>{} m² ({} ha)</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="84" />
        <location filename="../storage/recording/polygons.py" line="72" />
        <source>The polygon has a vertex without a position (NaN or infinite coordinates): draw it or import it again.</source>
        <translation>Poliqonun mövqeyi olmayan təpəsi var (NaN və ya sonsuz koordinatlar): onu yenidən çəkin və ya yenidən idxal edin.</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="89" />
        <source>The hazard {} has a vertex without a position (NaN or infinite coordinates): repair the hazard first.</source>
        <translation>{} təhlükəli ərazisinin mövqeyi olmayan təpəsi var (NaN və ya sonsuz koordinatlar): əvvəlcə təhlükəli ərazini düzəldin.</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="97" />
        <source>No polygon yet: digitise it or take it from a source.</source>
        <translation>Hələ poliqon yoxdur: onu rəqəmsallaşdırın və ya mənbədən götürün.</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="98" />
        <source>The polygon is not valid ({}). Repair it before saving.</source>
        <translation>Poliqon düzgün deyil ({}). Saxlamazdan əvvəl onu düzəldin.</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="108" />
        <source>Area: {}</source>
        <translation>Sahə: {}</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="112" />
        <source>The polygon lies entirely outside the hazard.</source>
        <translation>Poliqon bütövlükdə təhlükəli ərazidən kənardadır.</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="114" />
        <source>{} lie outside the hazard and will not be counted.</source>
        <translation>{} təhlükəli ərazidən kənardadır və nəzərə alınmayacaq.</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="118" />
        <source>The release ({}) is larger than the hazard ({}).</source>
        <translation>Azad edilmiş ərazi ({}) təhlükəli ərazidən ({}) böyükdür.</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="121" />
        <source>Overlaps the earlier release {} by {}; counted once.</source>
        <translation>Əvvəlki azad edilmiş ərazi {} ilə {} üst-üstə düşür; bir dəfə sayılır.</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="123" />
        <source>Remaining in the hazard after saving: {} (status: {}).</source>
        <translation>Saxladıqdan sonra təhlükəli ərazidə qalan: {} (status: {}).</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="176" />
        <source>The saved release {} has a vertex without a position (NaN or infinite coordinates): the hazard's figures cannot be counted. Repair it first (Check data lists it).</source>
        <translation>Saxlanılmış {} azad edilməsinin mövqeyi olmayan təpəsi var (NaN və ya sonsuz koordinatlar): təhlükəli ərazinin rəqəmləri hesablana bilmir. Əvvəlcə onu düzəldin (“Məlumatları yoxla” onu göstərir).</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="63" />
        <source>The declination and where it comes from go together: give both or neither.</source>
        <translation>Meyl və onun mənbəyi birlikdə verilir: ya hər ikisini verin, ya heç birini.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="78" />
        <source>Leg {}: {}</source>
        <translation>Hissə {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="81" />
        <source>Two legs have the sequence number {}.</source>
        <translation>İki hissənin ardıcıllıq nömrəsi eynidir: {}.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="88" />
        <source>Leg {}: the bearing and its unit are mandatory.</source>
        <translation>Hissə {}: azimut və onun vahidi məcburidir.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="91" />
        <source>Leg {}: the bearing {} is outside 0 to {}.</source>
        <translation>Hissə {}: {} azimutu 0 ilə {} aralığından kənardadır.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="96" />
        <source>Leg {}: the distance must be 0 m or more.</source>
        <translation>Hissə {}: məsafə 0 m və ya daha çox olmalıdır.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="98" />
        <source>Leg {}: the north reference is mandatory.</source>
        <translation>Hissə {}: şimal istinadı məcburidir.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="102" />
        <source>Leg {} is magnetic but the record has no declination: give the record's date or the declination printed on it.</source>
        <translation>Hissə {} maqnitdir, lakin formulyarın meyli yoxdur: formulyarın tarixini və ya onda yazılmış meyli verin.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="113" />
        <source>The record has no first point (reference point or benchmark) to start from.</source>
        <translation>Formulyarın başlanacağı birinci nöqtə (oriyentir nöqtəsi və ya reper) yoxdur.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="122" />
        <source>The first survey point must be the reference point, benchmark or start point, with sequence number 0.</source>
        <translation>Birinci tədqiqat nöqtəsi ardıcıllıq nömrəsi 0 olan oriyentir nöqtəsi, reper və ya başlanğıc nöqtəsi olmalıdır.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="136" />
        <source>The record has no polygon.</source>
        <translation>Formulyarın poliqonu yoxdur.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="137" />
        <source>The record geometry must be a polygon.</source>
        <translation>Formulyarın həndəsəsi poliqon olmalıdır.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="139" />
        <source>The polygon has several parts: record each part as its own record.</source>
        <translation>Poliqonun bir neçə hissəsi var: hər hissəni ayrıca formulyar kimi qeydə alın.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="165" />
        <source>The shared database {} has no column {}: the database administrator must add it (ALTER TABLE … ADD COLUMN, as the data model defines it). Nothing was saved.</source>
        <translation>{} ortaq məlumat bazasında {} sütunu yoxdur: məlumat bazası administratoru onu əlavə etməlidir (ALTER TABLE … ADD COLUMN, məlumat modelinin təyin etdiyi kimi). Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="171" />
        <source>The database {} has no column {}: it was made by an earlier version. Open it again with Land Release (Open database), which adds the column. Nothing was saved.</source>
        <translation>{} məlumat bazasında {} sütunu yoxdur: o, əvvəlki versiya ilə yaradılıb. Onu Ərazinin azad edilməsi menyusundan (Məlumat bazasını aç) yenidən açın, bu, sütunu əlavə edir. Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="187" />
        <source>A minefield record {} is already recorded: choose another record ID.</source>
        <translation>{} mina sahəsi formulyarı artıq qeydə alınıb: başqa formulyar ID-si seçin.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="192" />
        <source>survey points</source>
        <translation>tədqiqat nöqtəsi</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="193" />
        <source>traverse legs</source>
        <translation>gediş hissəsi</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="199" />
        <source>The database already holds {} {} of {}: the ID is in use. Choose another record ID.</source>
        <translation>Məlumat bazasında artıq {} {} var ({} formulyarına aid): bu ID istifadədədir. Başqa formulyar ID-si seçin.</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="32" />
        <source>The folder of the database, {}, is read-only: the database writes its journal beside the file. Ask for write access to the folder, or copy the database to a folder where you may write and open the copy. Nothing was saved.</source>
        <translation>Məlumat bazasının qovluğu, {}, yalnız oxumaq üçündür: məlumat bazası öz jurnal faylını faylın yanına yazır. Qovluğa yazmaq icazəsi istəyin və ya məlumat bazasını yazmaq icazəniz olan qovluğa kopyalayın və surəti açın. Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="46" />
        <source>The database file {} is read-only: ask for write access, or copy it to a folder where you may write and open the copy. Nothing was saved.</source>
        <translation>{} məlumat bazası faylı yalnız oxumaq üçündür: yazmaq icazəsi istəyin və ya onu yazmaq icazəniz olan qovluğa kopyalayın və surəti açın. Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="53" />
        <source>The disk holding {} is full: free space (or move the database to another disk) and save again. Nothing was saved.</source>
        <translation>{} faylının olduğu disk doludur: yer boşaldın (və ya məlumat bazasını başqa diskə köçürün) və yenidən saxlayın. Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="62" />
        <source>The disk of the database server is full: ask the database administrator to free space. Nothing was saved.</source>
        <translation>Məlumat bazası serverinin diski doludur: məlumat bazası administratorundan yer boşaltmağı xahiş edin. Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="67" />
        <source>The shared database {} accepts no changes now (a read-only or standby server): ask the database administrator. Nothing was saved.</source>
        <translation>{} ortaq məlumat bazası hazırda dəyişiklik qəbul etmir (yalnız oxumaq üçün və ya ehtiyat (standby) server): məlumat bazası administratoruna müraciət edin. Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="78" />
        <source>The database {} refused the change: {}. Nothing was saved.</source>
        <translation>{} məlumat bazası dəyişikliyi rədd etdi: {}. Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="82" />
        <source>The database {} refused the change. Nothing was saved; the details are in the message log (Land Release).</source>
        <translation>{} məlumat bazası dəyişikliyi rədd etdi. Heç nə saxlanılmadı; təfərrüatlar mesaj jurnalındadır (Land Release).</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="121" />
        <source>Someone else is saving changes to the same hazard and the database stayed busy. Nothing was saved: try again.{}</source>
        <translation>Başqa biri eyni təhlükəli ərazidəki dəyişiklikləri saxlayır və məlumat bazası məşğul qaldı. Heç nə saxlanılmadı: yenidən cəhd edin.{}</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="126" />
        <source>A record with the same ID or UUID was saved in the meantime, perhaps by another officer. Nothing was saved: reload and choose another ID.{}</source>
        <translation>Bu arada eyni ID və ya UUID ilə qeyd saxlanılıb, ola bilsin, başqa əməkdaş tərəfindən. Heç nə saxlanılmadı: məlumatları yenidən yükləyin və başqa ID seçin.{}</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="131" />
        <source>Your database account may not make this change (permission denied). Nothing was saved: ask your database administrator for the editor role.{}</source>
        <translation>Məlumat bazası hesabınızın bu dəyişikliyi etməyə icazəsi yoxdur (permission denied). Heç nə saxlanılmadı: məlumat bazası administratorundan redaktor rolunu istəyin.{}</translation>
    </message>
    <message>
        <location filename="../storage/recording/release_undo.py" line="35" />
        <source>The release {} has no UUID and cannot be undone.</source>
        <translation>{} azad edilməsinin UUID-si yoxdur və geri qaytarıla bilməz.</translation>
    </message>
    <message>
        <location filename="../storage/recording/release_undo.py" line="49" />
        <source>The release {} is no longer in the database.</source>
        <translation>{} azad edilməsi artıq məlumat bazasında deyil.</translation>
    </message>
    <message>
        <location filename="../storage/recording/release_undo.py" line="55" />
        <source>The release {} was reviewed by quality management ({}) after it was saved: it is not undone. Ask quality management to reopen it, then change it.</source>
        <translation>{} azad edilməsi saxlanıldıqdan sonra keyfiyyətin idarə edilməsi tərəfindən yoxlanılıb ({}): geri qaytarılmır. Keyfiyyətin idarə edilməsindən onu yenidən açmağı xahiş edin, sonra dəyişdirin.</translation>
    </message>
    <message>
        <location filename="../storage/recording/release_undo.py" line="76" />
        <source>The release {} cannot be written again.</source>
        <translation>{} azad edilməsi yenidən yazıla bilmir.</translation>
    </message>
    <message>
        <location filename="../storage/recording/releases.py" line="73" />
        <source>The release names hazard {} but the chosen hazard is {}.</source>
        <translation>Azad edilmiş ərazi {} təhlükəli ərazisinə istinad edir, lakin seçilmiş təhlükəli ərazi: {}.</translation>
    </message>
    <message>
        <location filename="../storage/recording/releases.py" line="81" />
        <source>A release {} is already recorded: it is not saved twice.</source>
        <translation>{} azad edilməsi artıq qeydə alınıb: iki dəfə saxlanılmır.</translation>
    </message>
    <message>
        <location filename="../storage/recording/releases.py" line="85" />
        <source>This release is already saved.</source>
        <translation>Bu azad edilmə artıq saxlanılıb.</translation>
    </message>
    <message>
        <location filename="../storage/recording/releases.py" line="115" />
        <source>A new release is saved as pending review: quality management passes or fails it (Land Release ▸ Review Releases…). Leave the QA status and the review fields empty.</source>
        <translation>Yeni azad edilmə yoxlama gözləyən kimi saxlanılır: onu keyfiyyətin idarə edilməsi qəbul və ya rədd edir (Land Release ▸ Azad edilmələrin yoxlanılması…). Keyfiyyət təminatı statusunu və yoxlama sahələrini boş saxlayın.</translation>
    </message>
    <message>
        <location filename="../storage/recording/survey_points.py" line="28" />
        <source>Survey point {}: {}</source>
        <translation>Tədqiqat nöqtəsi {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/recording/survey_points.py" line="30" />
        <source>Survey point {} has no position.</source>
        <translation>{} tədqiqat nöqtəsinin mövqeyi yoxdur.</translation>
    </message>
    <message>
        <location filename="../storage/recording/transaction.py" line="90" />
        <source>Cannot start a transaction on {}.</source>
        <translation>{} üzərində tranzaksiya başladıla bilmir.</translation>
    </message>
    <message>
        <location filename="../storage/recording/transaction.py" line="117" />
        <source>Saving to {} failed: {}</source>
        <translation>{} məlumat bazasında saxlama uğursuz oldu: {}</translation>
    </message>
    <message>
        <location filename="../storage/recording/transaction.py" line="137" />
        <source>The database has no layer {}.</source>
        <translation>Məlumat bazasında {} layı yoxdur.</translation>
    </message>
    <message>
        <location filename="../storage/recording/transaction.py" line="147" />
        <source>Cannot write to {}.</source>
        <translation>{} layına yazmaq mümkün deyil.</translation>
    </message>
    <message>
        <location filename="../storage/recording/transaction.py" line="160" />
        <source>The database refused the commit.</source>
        <translation>Məlumat bazası tranzaksiyanın təsdiqini rədd etdi.</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="154" />
        <source>Remaining in the hazard after saving: unknown ({}).</source>
        <translation>Saxladıqdan sonra təhlükəli ərazidə qalan: naməlum ({}).</translation>
    </message>
</context>
<context>
    <name>LandReleaseReview</name>
    <message>
        <location filename="../storage/recording/review.py" line="191" />
        <source>A review passes or fails a release; {} is neither.</source>
        <translation>Yoxlama azad edilməni ya qəbul edir, ya da rədd edir; {} bunların heç biri deyil.</translation>
    </message>
    <message>
        <location filename="../storage/recording/review.py" line="193" />
        <source>Say why the release fails: the reason is kept with the release.</source>
        <translation>Azad edilmənin niyə rədd edildiyini yazın: səbəb azad edilmə ilə birlikdə saxlanılır.</translation>
    </message>
    <message>
        <location filename="../storage/recording/review.py" line="219" />
        <source>The release {} has no usable UUID.</source>
        <translation>{} azad edilməsinin istifadə oluna bilən UUID-i yoxdur.</translation>
    </message>
    <message>
        <location filename="../storage/recording/review.py" line="293" />
        <source>The release {} is no longer in the database (deleted since the queue was listed). Nothing was saved.</source>
        <translation>{} azad edilməsi artıq verilənlər bazasında yoxdur (siyahı tərtib ediləndən sonra silinib). Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../storage/recording/review.py" line="301" />
        <source>The release {} was reviewed meanwhile ({} by {} on {}). Nothing was saved; the queue is listed again.</source>
        <translation>{} azad edilməsi bu arada artıq yoxlanılıb ({}, yoxlayan: {}, tarix: {}). Heç nə saxlanılmadı; növbə yenidən tərtib edilir.</translation>
    </message>
    <message>
        <location filename="../storage/recording/review.py" line="306" />
        <source>an unknown reviewer</source>
        <translation>naməlum yoxlayıcı</translation>
    </message>
    <message>
        <location filename="../storage/recording/review.py" line="307" />
        <source>an unknown day</source>
        <translation>naməlum gün</translation>
    </message>
    <message>
        <location filename="../storage/recording/review.py" line="313" />
        <source>The release {} was changed since the queue was listed. Nothing was saved: look at it again (the queue is listed again) before you review it.</source>
        <translation>{} azad edilməsi növbə tərtib ediləndən sonra dəyişdirilib. Heç nə saxlanılmadı: yoxlamadan əvvəl ona yenidən baxın (növbə yenidən tərtib edilir).</translation>
    </message>
    <message>
        <location filename="../storage/recording/review_reopen.py" line="76" />
        <source>Release {} had passed review; its work changed, so it is pending review again.</source>
        <translation>{} azad edilməsi yoxlamadan keçmişdi; işdə dəyişiklik edildiyi üçün yenidən yoxlama gözləyir.</translation>
    </message>
</context>
<context>
    <name>LandReleaseSync</name>
    <message>
        <location filename="../storage/field/changeset.py" line="112" />
        <source>The field edits cannot be read from {}: {}</source>
        <translation>Çöl redaktələrini {} faylından oxumaq mümkün deyil: {}</translation>
    </message>
    <message>
        <location filename="../storage/field/changeset.py" line="122" />
        <source>{} has no layer {}.</source>
        <translation>{} faylında {} layı yoxdur.</translation>
    </message>
    <message>
        <location filename="../storage/field/changeset.py" line="195" />
        <source>{} holds values its fields cannot hold as they were written (QGIS would read them otherwise); correct them in the package and import it again:
{}</source>
        <translation>{} sahələrinin yazıldığı kimi saxlaya bilmədiyi dəyərləri saxlayır (QGIS onları başqa cür oxuyardı); onları paketdə düzəldin və yenidən idxal edin:
{}</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="61" />
        <source>{} is not a folder: choose the field package's folder.</source>
        <translation>{} qovluq deyil: çöl paketinin qovluğunu seçin.</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="65" />
        <source>{} has no {}: it is not a field package made by Land Release (Prepare field package), or the file was lost when it was copied back.</source>
        <translation>{} qovluğunda {} yoxdur: bu, Land Release ilə (Çöl paketini hazırla) hazırlanmış çöl paketi deyil və ya fayl geri köçürülərkən itib.</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="72" />
        <source>{} cannot be read as JSON: {}</source>
        <translation>{} JSON kimi oxuna bilmir: {}</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="74" />
        <source>{} is not the manifest of a Land Release field package.</source>
        <translation>{} Land Release çöl paketinin manifesti deyil.</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="78" />
        <source>{} is a field package of format version {}; this Land Release reads version {}: sync it with the version of Land Release that made it.</source>
        <translation>{} format versiyası {} olan çöl paketidir; bu Land Release {} versiyasını oxuyur: onu paketi hazırlamış Land Release versiyası ilə sinxronlaşdırın.</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="94" />
        <source>{} lacks the package id, the database id or the base's hash.</source>
        <translation>{} faylında paketin id-si, məlumat bazasının id-si və ya bazanın heşi yoxdur.</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="108" />
        <source>The field package {} has no {}.</source>
        <translation>{} çöl paketində {} yoxdur.</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="112" />
        <source>{} is not the base state this package was made with (its sha256 differs from the manifest's): it was changed or replaced. The field edits cannot be told apart; nothing was synced.</source>
        <translation>{} bu paketin hazırlandığı baza vəziyyəti deyil (onun sha256-sı manifestdəkindən fərqlənir): o dəyişdirilib və ya əvəz edilib. Çöl redaktələrini ayırmaq mümkün deyil; heç nə sinxronlaşdırılmadı.</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="129" />
        <source>The field package {} was made from the database {} (id {}), not from {} (id {}): sync it into the database it came from.</source>
        <translation>{} çöl paketi {} məlumat bazasından (id {}) hazırlanıb, {} bazasından (id {}) deyil: onu gəldiyi məlumat bazasına sinxronlaşdırın.</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="166" />
        <source>{} was made by a newer version of Land Release (it has {}): update the plugin, then sync again.</source>
        <translation>{} Land Release-in daha yeni versiyası ilə hazırlanıb (onda {} var): plagini yeniləyin, sonra yenidən sinxronlaşdırın.</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="175" />
        <source>{} cannot be read as a land release GeoPackage (truncated or damaged when it was copied?): {}</source>
        <translation>{} ərazinin azad edilməsi GeoPackage faylı kimi oxuna bilmir (köçürülərkən kəsilib və ya zədələnib?): {}</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="158" />
        <source>The QA status and review of a release are set by quality management in the office, not in the field.</source>
        <translation>Azad edilmənin keyfiyyətə nəzarət statusu və yoxlanışı çöldə deyil, ofisdə keyfiyyətin idarə edilməsi tərəfindən təyin olunur.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="191" />
        <source>It has a vertex without a position (NaN or infinite coordinates).</source>
        <translation>Onun mövqeyi olmayan təpəsi var (NaN və ya sonsuz koordinatlar).</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="193" />
        <source>It has no position.</source>
        <translation>Onun mövqeyi yoxdur.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="197" />
        <source>It has no polygon.</source>
        <translation>Onun poliqonu yoxdur.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="198" />
        <source>Its geometry must be a polygon.</source>
        <translation>Onun həndəsəsi poliqon olmalıdır.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="199" />
        <source>Its polygon is not valid: repair it (make valid).</source>
        <translation>Onun poliqonu etibarlı deyil: onu düzəldin (etibarlı edin).</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="200" />
        <source>Its polygon has several parts.</source>
        <translation>Onun poliqonu bir neçə hissədən ibarətdir.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="239" />
        <source>Changed in the office and in the field: the office value stays.</source>
        <translation>Həm ofisdə, həm də çöldə dəyişdirilib: ofisdəki dəyər qalır.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="242" />
        <source>Deleted in the office, changed in the field: not re-created.</source>
        <translation>Ofisdə silinib, çöldə dəyişdirilib: yenidən yaradılmır.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="245" />
        <source>Deleted in the field, changed in the office: the row is kept.</source>
        <translation>Çöldə silinib, ofisdə dəyişdirilib: sətir saxlanılır.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="248" />
        <source>Added in the field, but the office holds it with another value.</source>
        <translation>Çöldə əlavə edilib, lakin ofisdə başqa dəyərlə saxlanılır.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="296" />
        <source>(Recorded by an earlier sync of this package.)</source>
        <translation>(Bu paketin əvvəlki sinxronlaşdırılmasında qeyd edilib.)</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="331" />
        <source>The database {} has no table {} yet: it was made by an earlier version of Land Release. Its owner brings it up to date by opening it once with Land Release.</source>
        <translation>{} məlumat bazasında hələ {} cədvəli yoxdur: o, Land Release-in əvvəlki versiyası ilə yaradılıb. Onun sahibi bazanı Land Release ilə bir dəfə açmaqla yeniləyir.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="361" />
        <source>The photo {} is not in the package: the row was merged without it.</source>
        <translation>{} fotosu paketdə yoxdur: sətir onsuz birləşdirildi.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="400" />
        <source>Cancelled: nothing was synced.</source>
        <translation>Ləğv edildi: heç nə sinxronlaşdırılmadı.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="453" />
        <source>Nothing was synced: the field edits break the rules of the record dialog:
{}</source>
        <translation>Heç nə sinxronlaşdırılmadı: çöl redaktələri qeydiyyat dialoqunun qaydalarını pozur:
{}</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="529" />
        <source>Nothing was synced: the database refused a field edit: {}</source>
        <translation>Heç nə sinxronlaşdırılmadı: məlumat bazası çöl redaktəsini rədd etdi: {}</translation>
    </message>
</context>
<context>
    <name>LandReleaseTasks</name>
    <message>
        <location filename="../core/tasks.py" line="119" />
        <source>CELL_SIZE must be 0 or more metres, not {:g}.</source>
        <translation>CELL_SIZE 0 və ya daha çox metr olmalıdır, {:g} deyil.</translation>
    </message>
    <message>
        <location filename="../core/tasks.py" line="121" />
        <source>TARGET_AREA must be 0 or more square metres, not {:g}.</source>
        <translation>TARGET_AREA 0 və ya daha çox kvadrat metr olmalıdır, {:g} deyil.</translation>
    </message>
    <message>
        <location filename="../core/tasks.py" line="127" />
        <source>CELL_SIZE and TARGET_AREA are both 0: give a cell size in metres or a target task area in square metres.</source>
        <translation>CELL_SIZE və TARGET_AREA hər ikisi 0-dır: metrlə xana ölçüsünü və ya kvadrat metrlə hədəf tapşırıq sahəsini verin.</translation>
    </message>
    <message>
        <location filename="../core/tasks.py" line="202" />
        <source>CELL_SIZE must be more than 0 metres, not {:g}.</source>
        <translation>CELL_SIZE 0 metrdən çox olmalıdır, {:g} deyil.</translation>
    </message>
    <message>
        <location filename="../core/tasks.py" line="759" />
        <source>{} must be a number, not {!r}.</source>
        <translation>{} rəqəm olmalıdır, {!r} deyil.</translation>
    </message>
    <message>
        <location filename="../core/tasks.py" line="761" />
        <source>{} must be a finite number, not {!r}.</source>
        <translation>{} sonlu rəqəm olmalıdır, {!r} deyil.</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../dialogs/new_database.py" line="66" />
        <source>The path {} cannot be used ({}): choose another folder or name.</source>
        <translation>{} yolu istifadə oluna bilməz ({}): başqa qovluq və ya ad seçin.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="73" />
        <source>Choose where to save the new database.</source>
        <translation>Yeni məlumat bazasının saxlanacağı yeri seçin.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="75" />
        <source>The path holds a line break or another control character: type the name again.</source>
        <translation>Yolda sətir keçidi və ya başqa idarəedici simvol var: adı yenidən yazın.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="78" />
        <source>Give the whole path of the new database, its folder and its name (e.g. /home/me/Agdam.gpkg), or choose it with the … button.</source>
        <translation>Yeni məlumat bazasının tam yolunu, onun qovluğunu və adını verin (məs., /home/me/Agdam.gpkg) və ya onu … düyməsi ilə seçin.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="84" />
        <source>The file name is {} bytes long, and at most {} fit: choose a shorter name.</source>
        <translation>Fayl adı {} bayt uzunluğundadır, ən çoxu isə {} bayt ola bilər: daha qısa ad seçin.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="87" />
        <source>This file already exists; a database is never overwritten. Choose a new name.</source>
        <translation>Bu fayl artıq mövcuddur; məlumat bazası heç vaxt üzərinə yazılmır. Yeni ad seçin.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="90" />
        <source>{} is a file, not a folder: choose a folder.</source>
        <translation>{} qovluq deyil, fayldır: qovluq seçin.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="92" />
        <source>The folder does not exist: {}. Create it first or choose another.</source>
        <translation>Qovluq mövcud deyil: {}. Əvvəlcə onu yaradın və ya başqasını seçin.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="102" />
        <source>The folder {} is read-only: ask for write access or choose another folder.</source>
        <translation>{} qovluğu yalnız oxumaq üçündür: yazmaq icazəsi istəyin və ya başqa qovluq seçin.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="107" />
        <source>The folder {} is a system folder that takes no files: choose another folder.</source>
        <translation>{} qovluğu fayl qəbul etməyən sistem qovluğudur: başqa qovluq seçin.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="116" />
        <source>The disk holding {} is full ({:.1f} MB free; a new database needs about 1 MB and room to grow): free space or choose another folder.</source>
        <translation>{} qovluğunun olduğu disk doludur ({:.1f} MB boş yer; yeni məlumat bazasına təxminən 1 MB və böyümək üçün yer lazımdır): yer boşaldın və ya başqa qovluq seçin.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="136" />
        <source>The folder {} does not take new files ({}): ask for write access or choose another folder.</source>
        <translation>{} qovluğu yeni fayl qəbul etmir ({}): yazmaq icazəsi istəyin və ya başqa qovluq seçin.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="150" />
        <source>The database could not be made: {}. Nothing was changed in the project; the details are in the message log (Land Release).</source>
        <translation>Məlumat bazası yaradıla bilmədi: {}. Layihədə heç nə dəyişdirilmədi; təfərrüatlar mesaj jurnalındadır (Land Release).</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="235" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="236" />
        <source>New land release database</source>
        <translation>Yeni ərazinin azad edilməsi məlumat bazası</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="275" />
        <source>A saved connection, or dbname=… host=… user=… or postgresql://…</source>
        <translation>Saxlanılmış qoşulma, dbname=… host=… user=… və ya postgresql://…</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="317" />
        <source>Adds the layers of an existing land release schema of a PostgreSQL/PostGIS database to the project, with their styles and forms, to work on the data that your colleagues share.</source>
        <translation>Həmkarlarınızla paylaşılan məlumatlar üzərində işləmək üçün PostgreSQL/PostGIS məlumat bazasındakı mövcud ərazinin azad edilməsi sxeminin laylarını üslubları və formaları ilə birlikdə layihəyə əlavə edir.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="322" />
        <source>Add Layers</source>
        <translation>Layları əlavə et</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="326" />
        <source>Creates a schema in a PostgreSQL/PostGIS database with every land release layer, styled and with forms, and the roles landrelease_viewer, landrelease_editor, landrelease_qm and landrelease_admin, and adds it to the project. Use the database owner's login or a superuser's: the schema and its edit log belong to the role landrelease_owner, which no day-to-day login holds.</source>
        <translation>PostgreSQL/PostGIS məlumat bazasında ərazinin azad edilməsinin bütün layları (üslublar və formalarla) olan sxem, həmçinin landrelease_viewer, landrelease_editor, landrelease_qm və landrelease_admin rollarını yaradır və sxemi layihəyə əlavə edir. Məlumat bazası sahibinin və ya superistifadəçinin hesabından istifadə edin: sxem və onun dəyişiklik jurnalı heç bir gündəlik hesabın malik olmadığı landrelease_owner roluna məxsusdur.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="334" />
        <location filename="../dialogs/new_database.py" line="343" />
        <source>Create</source>
        <translation>Yarat</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="338" />
        <location filename="../dialogs/new_database.ui" line="15" />
        <source>Creates a GeoPackage with every land release layer (hazards, land release, evidence, survey points, minefield records, tasks, districts, edit log), styled and with forms, and adds it to the project.</source>
        <translation>Ərazinin azad edilməsinin bütün layları (təhlükəli ərazilər, ərazinin azad edilməsi, sübutlar, tədqiqat nöqtələri, mina sahəsi formulyarları, tapşırıqlar, rayonlar, dəyişiklik jurnalı) üslublar və formalarla olan GeoPackage yaradır və onu layihəyə əlavə edir.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="375" />
        <location filename="../dialogs/new_database.py" line="408" />
        <source>Choose a storage CRS.</source>
        <translation>Saxlama koordinat sistemini seçin.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="382" />
        <source>Choose a PostgreSQL connection saved in QGIS, or type a connection string (dbname=… host=… user=… or postgresql://…).</source>
        <translation>QGIS-də saxlanılmış PostgreSQL qoşulmasını seçin və ya qoşulma sətrini yazın (dbname=… host=… user=… və ya postgresql://…).</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="389" />
        <source>{} is neither a PostgreSQL connection saved in QGIS nor a connection string (dbname=… host=… user=… or postgresql://…).</source>
        <translation>{} nə QGIS-də saxlanılmış PostgreSQL qoşulması, nə də qoşulma sətridir (dbname=… host=… user=… və ya postgresql://…).</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="394" />
        <source>Type the name of the schema.</source>
        <translation>Sxemin adını yazın.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="397" />
        <source>{} is not a usable schema name: use lower-case letters, digits and _, starting with a letter.</source>
        <translation>{} sxem adı kimi istifadə oluna bilməz: kiçik hərflərdən, rəqəmlərdən və _ işarəsindən istifadə edin, ad hərflə başlamalıdır.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="410" />
        <source>A PostGIS database needs an EPSG CRS: choose one from the list.</source>
        <translation>PostGIS məlumat bazası üçün EPSG koordinat sistemi lazımdır: siyahıdan birini seçin.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="437" />
        <source>Added the land release schema {}</source>
        <translation>Ərazinin azad edilməsi sxemi əlavə edildi: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="444" />
        <source>Created the land release schema {}</source>
        <translation>Ərazinin azad edilməsi sxemi yaradıldı: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="449" />
        <source>Created {}</source>
        <translation>Yaradıldı: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="459" />
        <location filename="../dialogs/new_database.py" line="509" />
        <location filename="../dialogs/new_database.py" line="513" />
        <location filename="../dialogs/new_database.py" line="517" />
        <location filename="../dialogs/new_database.py" line="528" />
        <location filename="../dialogs/new_database.py" line="532" />
        <source>Land Release</source>
        <translation>Ərazinin azad edilməsi</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="476" />
        <source>The database could not be made: {}. Nothing was created; the details are in the message log (Land Release).</source>
        <translation>Məlumat bazası yaradıla bilmədi: {}. Heç nə yaradılmadı; təfərrüatlar mesaj jurnalındadır (Land Release).</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="478" />
        <source>the database engine failed</source>
        <translation>məlumat bazası mühərriki xəta verdi</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="488" />
        <source>Connect to Shared Database (PostGIS)</source>
        <translation>Ümumi məlumat bazasına qoşul (PostGIS)</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="502" />
        <source>Open land release database</source>
        <translation>Ərazinin azad edilməsi məlumat bazasını aç</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="502" />
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="517" />
        <location filename="../dialogs/new_database.py" line="532" />
        <source>Added {}</source>
        <translation>Əlavə edildi: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="9" />
        <source>New Land Release Database</source>
        <translation>Yeni ərazinin azad edilməsi məlumat bazası</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="24" />
        <source>Store the data in</source>
        <translation>Məlumatların saxlanma yeri</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="31" />
        <source>GeoPackage file</source>
        <translation>GeoPackage faylı</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="37" />
        <source>PostgreSQL/PostGIS database</source>
        <translation>PostgreSQL/PostGIS məlumat bazası</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="50" />
        <source>Database file</source>
        <translation>Məlumat bazası faylı</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="58" />
        <source>Connection</source>
        <translation>Qoşulma</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="60" />
        <source>A PostgreSQL connection saved in QGIS (Browser › PostgreSQL › New Connection), or a connection string typed here: dbname=mine_action host=server user=officer, or postgresql://officer@server/mine_action</source>
        <translation>QGIS-də saxlanılmış PostgreSQL qoşulması (Browser › PostgreSQL › New Connection) və ya burada yazılan qoşulma sətri: dbname=mine_action host=server user=officer, ya da postgresql://officer@server/mine_action</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="76" />
        <source>Schema</source>
        <translation>Sxem</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="82" />
        <source>The schema that holds the land release tables: lower-case letters, digits and _, starting with a letter.</source>
        <translation>Ərazinin azad edilməsi cədvəllərini saxlayan sxem: kiçik hərflər, rəqəmlər və _; ad hərflə başlamalıdır.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="88" />
        <source>Connect to an existing schema</source>
        <translation>Mövcud sxemə qoşul</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="90" />
        <source>Add the layers of a land release schema that already exists, for example one that your database administrator created, instead of creating a new one.</source>
        <translation>Yeni sxem yaratmaq əvəzinə artıq mövcud olan ərazinin azad edilməsi sxeminin (məsələn, məlumat bazası administratorunuzun yaratdığı sxemin) laylarını əlavə et.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="96" />
        <source>Storage CRS</source>
        <translation>Saxlama koordinat sistemi</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="104" />
        <source>Add the new database to the project</source>
        <translation>Yeni məlumat bazasını layihəyə əlavə et</translation>
    </message>
</context>
<context>
    <name>PackageField</name>
    <message>
        <location filename="../processing/packagefield.py" line="50" />
        <source>Prepare field package</source>
        <translation>Çöl paketini hazırla</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="52" />
        <source>Tasking and reports</source>
        <translation>Tapşırıqlar və hesabatlar</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="57" />
        <source>Makes a folder that a survey or clearance team copies to a tablet and opens in QField. It holds a QGIS project (field.qgs) and one GeoPackage (field.gpkg) with the packed tasks and their hazardous areas (or the packed hazardous areas and all their tasks), the land releases of those hazards, the survey and turning points of both, the evidence within 500 m and the districts they touch, styled and with forms as in the office (code lists in words, the organisation, team and today's date filled in for new releases, constraints with their messages); the tasking map of each packed task or hazard (in maps/, one PDF named by its id); a folder DCIM for photos; a manifest (manifest.json) and the base state the returned package is merged against (.landrelease/base.gpkg). Import field package (landrelease:syncfield) brings the team's edits back.

INPUT: the tasks or hazardous areas of the land release database to pack; with 'selected features only', only the selected ones.
DATABASE: the land release GeoPackage the features come from (by default the database of INPUT).
CONNECTION and SCHEMA: instead, a PostgreSQL/PostGIS land release database.
ORGANISATION and TEAM: the operator and team the package is for; new land releases in the field get them.
BASEMAP: optional raster or vector layers drawn into basemap.gpkg, an image of the packed area plus 500 m at 2 m a pixel (coarser for a wide area), for use without network.
OUTPUT: a new or empty folder; a folder holding other files is never written into.

Packing changes nothing in the database, apart from giving it its lasting id the first time.</source>
        <translation>Axtarış və ya təmizləmə qrupunun planşetə köçürüb QField-də açdığı qovluğu hazırlayır. Qovluqda QGIS layihəsi (field.qgs) və bir GeoPackage (field.gpkg) olur: paketlənən tapşırıqlar və onların təhlükəli əraziləri (və ya paketlənən təhlükəli ərazilər və onların bütün tapşırıqları), həmin ərazilərin azad edilmələri, hər ikisinin tədqiqat və dönmə nöqtələri, 500 m daxilindəki sübutlar və toxunduqları rayonlar; üslublar və formalar ofisdəki kimidir (kod siyahıları sözlə, yeni azad edilmələr üçün təşkilat, qrup və bugünkü tarix avtomatik doldurulur, məhdudiyyətlər öz mesajları ilə). Həmçinin: hər paketlənən tapşırığın və ya təhlükəli ərazinin tapşırıq xəritəsi (maps/ qovluğunda, id-si ilə adlandırılmış bir PDF); fotolar üçün DCIM qovluğu; manifest (manifest.json) və geri qaytarılan paketin birləşdirildiyi baza vəziyyəti (.landrelease/base.gpkg). Çöl paketinin idxalı (landrelease:syncfield) qrupun redaktələrini geri gətirir.

INPUT: ərazinin azad edilməsi məlumat bazasının paketlənəcək tapşırıqları və ya təhlükəli əraziləri; 'yalnız seçilmiş obyektlər' ilə yalnız seçilənlər.
DATABASE: obyektlərin götürüldüyü ərazinin azad edilməsi GeoPackage faylı (susmaya görə INPUT-un məlumat bazası).
CONNECTION və SCHEMA: bunun əvəzinə PostgreSQL/PostGIS ərazinin azad edilməsi məlumat bazası.
ORGANISATION və TEAM: paketin nəzərdə tutulduğu operator və qrup; çöldə qeyd edilən yeni azad edilmələr bunları alır.
BASEMAP: basemap.gpkg faylına çəkilən əlavə raster və ya vektor laylar: paketlənən ərazi üstəgəl 500 m-in piksel başına 2 m ölçüsündə (geniş ərazi üçün daha kobud) təsviri, şəbəkəsiz istifadə üçün.
OUTPUT: yeni və ya boş qovluq; başqa faylları olan qovluğa heç vaxt yazılmır.

Paketləmə məlumat bazasında heç nəyi dəyişmir; yalnız ilk dəfə ona daimi id-si verilir.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="96" />
        <source>Tasks or hazardous areas to pack</source>
        <translation>Paketlənəcək tapşırıqlar və ya təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="99" />
        <source>Land release database (GeoPackage; default: the database of INPUT)</source>
        <translation>Ərazinin azad edilməsi məlumat bazası (GeoPackage; susmaya görə INPUT-un məlumat bazası)</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="106" />
        <source>Or a PostgreSQL/PostGIS database (connection)</source>
        <translation>Və ya PostgreSQL/PostGIS məlumat bazası (qoşulma)</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="111" />
        <source>Schema of the PostgreSQL database</source>
        <translation>PostgreSQL məlumat bazasının sxemi</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="115" />
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="116" />
        <source>Team</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="117" />
        <source>Basemap layers (drawn into an offline image)</source>
        <translation>Əsas xəritə layları (şəbəkəsiz təsvirə çəkilir)</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="118" />
        <source>Field package folder</source>
        <translation>Çöl paketinin qovluğu</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="119" />
        <source>Package id</source>
        <translation>Paketin id-si</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="120" />
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="148" />
        <source>INPUT must be the task or hazard layer of a land release database (a layer with task_id, or with hazard_id and classification): choose one of them.</source>
        <translation>INPUT ərazinin azad edilməsi məlumat bazasının tapşırıq və ya təhlükəli ərazi layı olmalıdır (task_id sahəsi, ya da hazard_id və classification sahələri olan lay): onlardan birini seçin.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="162" />
        <source>CONNECTION: {}</source>
        <translation>CONNECTION: {}</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="171" />
        <source>DATABASE: choose the land release database the tasks or hazards come from (INPUT is not a layer of one).</source>
        <translation>DATABASE: tapşırıqların və ya təhlükəli ərazilərin götürüldüyü ərazinin azad edilməsi məlumat bazasını seçin (INPUT belə bazanın layı deyil).</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="193" />
        <source>INPUT: feature {} has no {}: give it its id before packing.</source>
        <translation>INPUT: {} obyektinin {} dəyəri yoxdur: paketləmədən əvvəl ona id verin.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="201" />
        <source>INPUT: {} has no finite coordinates (NaN or infinite): correct its geometry in the database first.</source>
        <translation>INPUT: {} sonlu koordinatlara malik deyil (NaN və ya sonsuz): əvvəlcə onun həndəsəsini məlumat bazasında düzəldin.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="207" />
        <source>INPUT: {} has no polygon: draw it before packing.</source>
        <translation>INPUT: {} poliqona malik deyil: paketləmədən əvvəl onu çəkin.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="212" />
        <source>INPUT has no features (or none selected): there is nothing to pack.</source>
        <translation>INPUT-da obyekt yoxdur (və ya heç biri seçilməyib): paketləmək üçün heç nə yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="224" />
        <source>INPUT ({}) has unsaved edits: save or discard them first, so that the package holds what you see.</source>
        <translation>INPUT ({}) yadda saxlanmamış redaktələrə malikdir: paketdə gördüyünüz olsun deyə, əvvəlcə onları yadda saxlayın və ya ləğv edin.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="255" />
        <source>OUTPUT: {} cannot be written: {}</source>
        <translation>OUTPUT: {} yazıla bilmir: {}</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="264" />
        <source>Field package {} written to {}: {}</source>
        <translation>Çöl paketi {} {} qovluğuna yazıldı: {}</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="287" />
        <source>The photo {} of a packed feature is not in the database (or cannot be read): it is not in the package.</source>
        <translation>Paketlənən obyektin {} fotosu məlumat bazasında yoxdur (və ya oxuna bilmir): paketə daxil edilmədi.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="294" />
        <source>Field package: {}</source>
        <translation>Çöl paketi: {}</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="307" />
        <source>{}: the database's id cannot be read: {}</source>
        <translation>{}: məlumat bazasının id-si oxuna bilmir: {}</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="325" />
        <source>Cancelled: no package was written.</source>
        <translation>Ləğv edildi: paket yazılmadı.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="364" />
        <source>BASEMAP: the basemap could not be drawn.</source>
        <translation>BASEMAP: əsas xəritə çəkilə bilmədi.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="366" />
        <source>Basemap: {:.1f} m a pixel, {} × {} pixels</source>
        <translation>Əsas xəritə: piksel başına {:.1f} m, {} × {} piksel</translation>
    </message>
</context>
<context>
    <name>PhotoPage</name>
    <message>
        <location filename="../layouts/photo_page.py" line="62" />
        <location filename="../layouts/tasking_photos.py" line="40" />
        <source>Photos that cannot be printed:</source>
        <translation>Çap edilə bilməyən fotolar:</translation>
    </message>
    <message>
        <location filename="../layouts/photo_page.py" line="67" />
        <location filename="../layouts/tasking_photos.py" line="39" />
        <source>… and {} more (see the log).</source>
        <translation>… və daha {} (jurnala baxın).</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_photos.py" line="32" />
        <source>Photos — {}</source>
        <translation>Fotolar — {}</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <location filename="../dialogs/record_release/photo_view.py" line="50" />
        <source>Add photo…</source>
        <translation>Foto əlavə et…</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/photo_view.py" line="52" />
        <source>Copy a JPEG or PNG picture into the database's photos and give it to the release</source>
        <translation>JPEG və ya PNG şəklini verilənlər bazasının fotolarına köçürün və onu azad edilmə sahəsinə verin</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/photo_view.py" line="68" />
        <source>No photo.</source>
        <translation>Foto yoxdur.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/photo_view.py" line="78" />
        <source>The photo {} is missing: it is not among the database's photos.</source>
        <translation>{} fotosu tapılmadı: o, verilənlər bazasının fotoları arasında yoxdur.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/photo_view.py" line="84" />
        <source>The photo {} cannot be shown: it is not a readable picture.</source>
        <translation>{} fotosunu göstərmək mümkün deyil: o, oxuna bilən şəkil deyil.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/photo_view.py" line="118" />
        <source>Add a photo to the release</source>
        <translation>Azad edilmə sahəsinə foto əlavə edin</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/photo_view.py" line="134" />
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Fotolar (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
</context>
<context>
    <name>RecordReleaseDock</name>
    <message>
        <location filename="../dialogs/messages.py" line="111" />
        <source>{} problems, listed below.</source>
        <translation>Problem sayı: {}; siyahı aşağıdadır.</translation>
    </message>
    <message>
        <location filename="../dialogs/messages.py" line="112" />
        <source>See the message below.</source>
        <translation>Aşağıdakı mesaja baxın.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/binding.py" line="46" />
        <source>Open a land release database first.</source>
        <translation>Əvvəlcə ərazinin azad edilməsi məlumat bazasını açın.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/binding.py" line="130" />
        <location filename="../dialogs/record_release/hazard.py" line="110" />
        <location filename="../dialogs/record_release/record_release.ui" line="63" />
        <source>No hazard chosen.</source>
        <translation>Təhlükəli ərazi seçilməyib.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/checks.py" line="50" />
        <source>The live checks failed: {}</source>
        <translation>Canlı yoxlamalar uğursuz oldu: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/checks.py" line="63" />
        <source>Choose the hazard: from the list or on the map.</source>
        <translation>Təhlükəli ərazini seçin: siyahıdan və ya xəritədə.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/checks.py" line="67" />
        <source>Digitise the released polygon, or take it from a selection or a file.</source>
        <translation>Azad edilmiş poliqonu rəqəmsallaşdırın və ya onu seçimdən ya da fayldan götürün.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/checks.py" line="70" />
        <source>The checks failed: {}</source>
        <translation>Yoxlamalar uğursuz oldu: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/checks.py" line="76" />
        <source>Area: {}</source>
        <translation>Sahə: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/dock.py" line="169" />
        <source>Enter the turning points as coordinates or bearing and distance</source>
        <translation>Dönmə nöqtələrini koordinatlar və ya azimut və məsafə kimi daxil edin</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/hazard.py" line="36" />
        <source>There is no hazard {}.</source>
        <translation>{} təhlükəli ərazisi yoxdur.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/hazard.py" line="115" />
        <source>{classification} · status: {status} · remaining: {remaining}</source>
        <translation>{classification} · status: {status} · qalan: {remaining}</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/labels.py" line="26" />
        <source>open</source>
        <translation>açıq</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/labels.py" line="26" />
        <source>worked on</source>
        <translation>iş gedir</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/labels.py" line="26" />
        <source>closed</source>
        <translation>bağlı</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/labels.py" line="41" />
        <source>{ha} ha ({m2} m²)</source>
        <translation>{ha} ha ({m2} m²)</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="9" />
        <source>Record land release</source>
        <translation>Ərazinin azad edilməsini qeydə al</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="35" />
        <source>Hazard</source>
        <translation>Təhlükəli ərazi</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="47" />
        <source>The hazard this land release belongs to: type part of its ID to filter the list</source>
        <translation>Bu azad edilmənin aid olduğu təhlükəli ərazi: siyahını süzmək üçün onun ID-sinin bir hissəsini yazın</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="53" />
        <source>Pick the hazard on the map</source>
        <translation>Təhlükəli ərazini xəritədə seçin</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="54" />
        <source>Pick on map</source>
        <translation>Xəritədə seç</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="75" />
        <source>Released polygon</source>
        <translation>Azad edilmiş poliqon</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="80" />
        <source>Digitise the released polygon on the map with QGIS's capture tool and snapping (left click adds a vertex, right click finishes)</source>
        <translation>Azad edilmiş poliqonu xəritədə QGIS-in çəkmə aləti və yapışdırma ilə rəqəmsallaşdırın (sol klik təpə əlavə edir, sağ klik bitirir)</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="80" />
        <source>Digitise</source>
        <translation>Rəqəmsallaşdır</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="88" />
        <source>Needs the Turning points dialog</source>
        <translation>Dönmə nöqtələri dialoqu lazımdır</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="89" />
        <source>From turning points…</source>
        <translation>Dönmə nöqtələrindən…</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="95" />
        <source>Use the selected polygons of the active layer (any CRS; several are merged)</source>
        <translation>Aktiv layın seçilmiş poliqonlarını istifadə et (istənilən koordinat sistemi; bir neçəsi birləşdirilir)</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="97" />
        <source>From selection</source>
        <translation>Seçimdən</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="103" />
        <source>Read the polygon from a GPX track, route or waypoints, a CSV point list or a GeoJSON file</source>
        <translation>Poliqonu GPX treki, marşrutu və ya yol nöqtələrindən, CSV nöqtə siyahısından ya da GeoJSON faylından oxu</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="105" />
        <source>From file…</source>
        <translation>Fayldan…</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="111" />
        <source>Make the invalid polygon valid (QGIS's Make valid: no vertex is lost)</source>
        <translation>Yanlış poliqonu düzgün et (QGIS-in Make valid aləti: heç bir təpə itmir)</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="113" />
        <source>Repair geometry</source>
        <translation>Həndəsəni düzəlt</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="119" />
        <source>Keep only the part of the polygon inside the hazard</source>
        <translation>Poliqonun yalnız təhlükəli ərazinin içindəki hissəsini saxla</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="121" />
        <source>Clip to the hazard</source>
        <translation>Təhlükəli əraziyə görə kəs</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="129" />
        <source>Checks</source>
        <translation>Yoxlamalar</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="153" />
        <source>Attributes</source>
        <translation>Atributlar</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="177" />
        <source>Save the release, its survey points and the hazard's new remaining area and status in one transaction</source>
        <translation>Azad edilməni, onun tədqiqat nöqtələrini və təhlükəli ərazinin yeni qalan sahəsini və statusunu bir tranzaksiyada saxla</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="177" />
        <source>Save</source>
        <translation>Saxla</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="185" />
        <source>Clear the polygon and the form (the hazard stays)</source>
        <translation>Poliqonu və formanı təmizlə (təhlükəli ərazi qalır)</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="185" />
        <source>Clear</source>
        <translation>Təmizlə</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="196" />
        <source>Undo</source>
        <translation>Geri qaytar</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="201" />
        <source>Redo</source>
        <translation>Təkrarla</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="47" />
        <source>Coordinates in the CSV file</source>
        <translation>CSV faylındakı koordinatlar</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="58" />
        <source>X / longitude column</source>
        <translation>X / uzunluq sütunu</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="59" />
        <source>Y / latitude column</source>
        <translation>Y / enlik sütunu</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="60" />
        <source>CRS of the coordinates</source>
        <translation>Koordinatların koordinat sistemi</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="65" />
        <source>The points are joined in the order of the rows.</source>
        <translation>Nöqtələr sətirlərin sırası ilə birləşdirilir.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="106" />
        <source>The polygon cannot be transformed to {}.</source>
        <translation>Poliqon {} koordinat sisteminə çevrilə bilmir.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="132" />
        <source>The polygon was repaired.</source>
        <translation>Poliqon düzəldildi.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="149" />
        <source>No part of the polygon lies inside the hazard: nothing to keep.</source>
        <translation>Poliqonun heç bir hissəsi təhlükəli ərazinin içində deyil: saxlanacaq heç nə yoxdur.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="157" />
        <source>The polygon was clipped to the hazard {}.</source>
        <translation>Poliqon {} təhlükəli ərazisinə görə kəsildi.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="160" />
        <source>Its {} turning point(s) no longer fit it and were dropped: record the clipped boundary's points if it is pegged out.</source>
        <translation>Onun {} dönmə nöqtəsi artıq ona uyğun gəlmir və çıxarıldı: sərhəd yerdə işarələnibsə, kəsilmiş sərhədin nöqtələrini qeydə alın.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="183" />
        <source>Released polygon from a file</source>
        <translation>Fayldan azad edilmiş ərazinin poliqonu</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="185" />
        <source>GPX, CSV or GeoJSON ({});;All files (*)</source>
        <translation>GPX, CSV və ya GeoJSON ({});;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="221" />
        <source>Polygon from {}.</source>
        <translation>{} mənbəyindən poliqon.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="21" />
        <source>Record release {}</source>
        <translation>Azad edilməni qeydə al: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="50" />
        <source>Choose a hazard and the released polygon first.</source>
        <translation>Əvvəlcə təhlükəli ərazini və azad edilmiş poliqonu seçin.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="53" />
        <source>The release cannot be saved: see the checks.</source>
        <translation>Azad edilmə saxlanıla bilmir: yoxlamalara baxın.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="61" />
        <source>Nothing was saved.</source>
        <translation>Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="69" />
        <source>Release {release} saved. Hazard {hazard} now has {ha} ha remaining ({status}).</source>
        <translation>{release} azad edilməsi saxlanıldı. {hazard} təhlükəli ərazisində indi {ha} ha qalıb ({status}).</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="115" />
        <source>The release {} was not undone.</source>
        <translation>{} azad edilməsi geri qaytarılmadı.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="125" />
        <source>Release {release} removed. Hazard {hazard} has {ha} ha remaining ({status}).</source>
        <translation>{release} azad edilməsi silindi. {hazard} təhlükəli ərazisində {ha} ha qalıb ({status}).</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="146" />
        <source>The release {} was not saved again.</source>
        <translation>{} azad edilməsi yenidən saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="153" />
        <source>Release {release} saved again. Hazard {hazard} now has {ha} ha remaining ({status}).</source>
        <translation>{release} azad edilməsi yenidən saxlanıldı. {hazard} təhlükəli ərazisində indi {ha} ha qalıb ({status}).</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="169" />
        <source>The undo history lasts while QGIS runs: it is lost when QGIS closes.</source>
        <translation>Geri qaytarma tarixçəsi QGIS işlədikcə saxlanır: QGIS bağlananda itir.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="171" />
        <source>Undo: {}</source>
        <translation>Geri qaytar: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="172" />
        <source>Redo: {}</source>
        <translation>Təkrarla: {}</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="122" />
        <source>{} cannot be read as {}: {}</source>
        <translation>{} {} kimi oxuna bilmir: {}</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="123" />
        <source>{} cannot be read as {}.</source>
        <translation>{} {} kimi oxuna bilmir.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="130" />
        <source>a GPX file</source>
        <translation>GPX faylı</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="132" />
        <source>GPX track</source>
        <translation>GPX treki</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="133" />
        <source>GPX route</source>
        <translation>GPX marşrutu</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="134" />
        <source>GPX waypoints</source>
        <translation>GPX yol nöqtələri</translation>
    </message>
    <message numerus="yes">
        <location filename="../qgis_io/point_files.py" line="143" />
        <location filename="../qgis_io/point_files.py" line="343" />
        <source>{}: %n point(s)</source>
        <translation>
            <numerusform>{}: %n nöqtə</numerusform>
            <numerusform>{}: %n nöqtə</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="146" />
        <source>{} has no track, route or waypoint with a position: nothing to make a polygon of.</source>
        <translation>{}: mövqeyi olan trek, marşrut və ya yol nöqtəsi yoxdur: poliqon yaratmaq üçün heç nə yoxdur.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="163" />
        <source>a vector file (GeoJSON)</source>
        <translation>vektor faylı (GeoJSON)</translation>
    </message>
    <message numerus="yes">
        <location filename="../qgis_io/point_files.py" line="167" />
        <source>{}: %n polygon(s)</source>
        <translation>
            <numerusform>{}: %n poliqon</numerusform>
            <numerusform>{}: %n poliqon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qgis_io/point_files.py" line="169" />
        <source>{}: %n point(s) of its lines joined into a polygon</source>
        <translation>
            <numerusform>{}: xətlərinin %n nöqtəsi poliqona birləşdirildi</numerusform>
            <numerusform>{}: xətlərinin %n nöqtəsi poliqona birləşdirildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qgis_io/point_files.py" line="171" />
        <source>{}: %n point(s) joined into a polygon</source>
        <translation>
            <numerusform>{}: %n nöqtə poliqona birləşdirildi</numerusform>
            <numerusform>{}: %n nöqtə poliqona birləşdirildi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="184" />
        <source>as {}: '{}'</source>
        <translation>{} kimi: '{}'</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="188" />
        <source>{}: the file is not UTF-8, and line {} cannot be read for sure ({}). Save the file as CSV UTF-8 and open it again.</source>
        <translation>{}: fayl UTF-8 deyil və {} sətri dəqiq oxuna bilmir ({}). Faylı CSV UTF-8 kimi saxlayın və yenidən açın.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="190" />
        <source>in no known encoding</source>
        <translation>heç bir məlum kodlaşdırmada oxunmur</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="193" />
        <source>{}: the separator is unclear: line {} splits into columns at a {}. Keep one separator between the columns.</source>
        <translation>{}: ayırıcı aydın deyil: {} sətri {} üzrə sütunlara bölünür. Sütunlar arasında bir ayırıcı saxlayın.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="195" />
        <source> and at a </source>
        <translation> və </translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="197" />
        <source>{} cannot be read: {}</source>
        <translation>{} oxuna bilmir: {}</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="200" />
        <source>{}: line {} is not text in {} (byte {:#04x}): save the file as CSV UTF-8 and open it again.</source>
        <translation>{}: {} sətri {} kodlaşdırmasında mətn deyil (bayt {:#04x}): faylı CSV UTF-8 kimi saxlayın və yenidən açın.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="205" />
        <source>{}: line {} holds NUL characters: it is not a text file, or UTF-16 without its byte order mark. Save it as CSV UTF-8 and open it again.</source>
        <translation>{}: {} sətrində NUL simvolları var: bu, mətn faylı deyil və ya bayt sırası nişanı olmayan UTF-16-dır. Onu CSV UTF-8 kimi saxlayın və yenidən açın.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="209" />
        <source>{} is empty: it has no header line and no coordinates.</source>
        <translation>{} boşdur: onda başlıq sətri və koordinatlar yoxdur.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="211" />
        <source>{}: line {} cannot be read as CSV: {}</source>
        <translation>{}: {} sətri CSV kimi oxuna bilmir: {}</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="216" />
        <source>Cyrillic (windows-1251)</source>
        <translation>Kiril (windows-1251)</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="216" />
        <source>Western (windows-1252)</source>
        <translation>Qərbi Avropa (windows-1252)</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="222" />
        <source>semicolon</source>
        <translation>nöqtəli vergül</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="222" />
        <source>comma</source>
        <translation>vergül</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="222" />
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="222" />
        <source>vertical bar</source>
        <translation>şaquli xətt</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="261" />
        <source>In {} the separator may be a decimal mark or a thousands separator: write the number without thousands separators.</source>
        <translation>{} ədədində ayırıcı həm onluq işarəsi, həm də minlik ayırıcısı ola bilər: ədədi minlik ayırıcıları olmadan yazın.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="270" />
        <location filename="../qgis_io/point_files.py" line="272" />
        <source>{} is not a number.</source>
        <translation>{} rəqəm deyil.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="290" />
        <source>{}: line {} ({}) has one column and it is not a column of coordinates: separate the columns with a semicolon, a comma or a tab.</source>
        <translation>{}: {} sətrində ({}) bir sütun var və o, koordinat sütunu deyil: sütunları nöqtəli vergül, vergül və ya tab ilə ayırın.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="329" />
        <source>Choose the two columns that hold the coordinates.</source>
        <translation>Koordinatları saxlayan iki sütunu seçin.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="338" />
        <source>{} has no row with coordinates under its header line.</source>
        <translation>{}: başlıq sətrinin altında koordinatları olan sətir yoxdur.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="366" />
        <source>line {}: {}</source>
        <translation>sətir {}: {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../qgis_io/point_files.py" line="370" />
        <source>and %n more line(s)</source>
        <translation>
            <numerusform>və daha %n sətir</numerusform>
            <numerusform>və daha %n sətir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="372" />
        <source>{file}: {count} line(s) cannot be read, nothing was taken: {lines}</source>
        <translation>{file}: {count} sətir oxuna bilmir, heç nə götürülmədi: {lines}</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="384" />
        <source>{file} has coordinates outside longitude/latitude range ({x}, {y}): choose the CRS they are in.</source>
        <translation>{file} faylında uzunluq/enlik diapazonundan kənar koordinatlar var ({x}, {y}): onların koordinat sistemini seçin.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="399" />
        <source>{} does not exist.</source>
        <translation>{} mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="87" />
        <source>A polygon needs at least 3 different points; this source has {}.</source>
        <translation>Poliqona ən azı 3 fərqli nöqtə lazımdır; bu mənbədə {} var.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="98" />
        <source>The polygon cannot be repaired: {}</source>
        <translation>Poliqon düzəldilə bilmir: {}</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="106" />
        <source>Repaired, the polygon has no area left: draw it again.</source>
        <translation>Düzəldildikdən sonra poliqonun sahəsi qalmadı: onu yenidən çəkin.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="127" />
        <source>a polygon</source>
        <translation>poliqon</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="127" />
        <source>a line</source>
        <translation>xətt</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="127" />
        <source>a point</source>
        <translation>nöqtə</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="147" />
        <source>{}: the polygons cannot be merged: {}</source>
        <translation>{}: poliqonlar birləşdirilə bilmir: {}</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="156" />
        <source>{} holds no polygon, and its {} give {} different point(s): a polygon needs at least 3.</source>
        <translation>{}: poliqon yoxdur, {} isə {} fərqli nöqtə verir: poliqona ən azı 3 nöqtə lazımdır.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="161" />
        <source>{} has no geometry that can make a polygon.</source>
        <translation>{}: poliqon yarada biləcək həndəsə yoxdur.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="183" />
        <source>{}: feature {} has a vertex without a position (NaN or infinite coordinates): correct it in the file.</source>
        <translation>{}: {} obyektinin mövqeyi olmayan təpəsi var (NaN və ya sonsuz koordinatlar): onu faylda düzəldin.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="199" />
        <source>{} mixes {} (feature {} is {}): keep only the released polygon, or only the points or the line around it.</source>
        <translation>{}: {} qarışıqdır (obyekt {}: {}): yalnız azad edilmiş poliqonu, ya da yalnız onun ətrafındakı nöqtələri və ya xətti saxlayın.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="203" />
        <source> and </source>
        <translation> və </translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="211" />
        <source>polygons</source>
        <translation>poliqonlar</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="211" />
        <source>lines</source>
        <translation>xətlər</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="211" />
        <source>points</source>
        <translation>nöqtələr</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="220" />
        <source>Make a vector layer with the released polygon the active layer.</source>
        <translation>Azad edilmiş poliqonu olan vektor layını aktiv lay edin.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="223" />
        <source>The active layer {} has no polygons. Select polygons in a polygon layer.</source>
        <translation>Aktiv {} layında poliqon yoxdur. Poliqon layında poliqonları seçin.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="230" />
        <source>Nothing is selected in {}. Select the released polygon first.</source>
        <translation>{} layında heç nə seçilməyib. Əvvəlcə azad edilmiş poliqonu seçin.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="233" />
        <source>The selection in {}</source>
        <translation>{} layındakı seçim</translation>
    </message>
    <message numerus="yes">
        <location filename="../qgis_io/source_polygon.py" line="236" />
        <source>%n selected feature(s) of {}</source>
        <translation>
            <numerusform>{} layının %n seçilmiş obyekti</numerusform>
            <numerusform>{} layının %n seçilmiş obyekti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/hazard.py" line="134" />
        <source>unknown</source>
        <translation>naməlum</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="80" />
        <source>Release {release} saved. Hazard {hazard}: remaining area and status unknown ({why}).</source>
        <translation>{release} azad edilməsi saxlanıldı. {hazard} təhlükəli ərazisi: qalan sahə və status naməlumdur ({why}).</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="128" />
        <source>Release {} removed.</source>
        <translation>{} azad edilməsi silindi.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="133" />
        <source>Release {release} removed. Hazard {hazard}: remaining area and status unknown ({why}).</source>
        <translation>{release} azad edilməsi silindi. {hazard} təhlükəli ərazisi: qalan sahə və status naməlumdur ({why}).</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="161" />
        <source>Release {release} saved again. Hazard {hazard}: remaining area and status unknown ({why}).</source>
        <translation>{release} azad edilməsi yenidən saxlanıldı. {hazard} təhlükəli ərazisi: qalan sahə və status naməlumdur ({why}).</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="176" />
        <source>they are being recomputed</source>
        <translation>yenidən hesablanır</translation>
    </message>
</context>
<context>
    <name>ReleaseSummary</name>
    <message>
        <location filename="../processing/releasesummary.py" line="49" />
        <source>Land release summary</source>
        <translation>Ərazinin azad edilməsi üzrə yekun</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="51" />
        <source>Land release</source>
        <translation>Ərazinin azad edilməsi</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="54" />
        <source>Accounts for the land released in every hazardous area: how much was cancelled, reduced and cleared, how much remains, and the status that follows.

HAZARDS: the hazardous areas (polygons).
RELEASES: the land release polygons, with the fields outcome (cancelled, reduced or cleared) and end_date. Releases with another outcome are not counted and are reported.
AS_OF: optional date. Only releases whose end_date is on or before it count, so the summary shows the state of that day; releases without end_date then do not count. Empty: every release with a known outcome counts, up to today. Releases ending after today, or whose end_date is text that is no date, never count.
OFFICIAL: which releases count by their quality management review (field qa_status). Off (default, operational figures): every saved release except failed ones; an empty qa_status is pending. On (official figures): only releases passed by quality management; RELEASES then needs the field qa_status. A failed release never counts: re-working its ground is recorded as a new release. A qa_status other than pending, passed or failed is not counted and is reported.

Counting rule: a release counts for every hazard it covers, by its area inside that hazard (it need not name the hazard). Where releases overlap, the ground is counted once, for the stronger outcome: cleared before reduced before cancelled. The part of a release outside every hazard is not counted. So for every hazard: original area = cancelled + reduced + cleared + remaining. Status: open when nothing is released, closed when nothing remains, worked_on in between. All areas are ellipsoidal square metres (WGS 84), whatever the CRS.

OUTPUT: the hazards with all their fields and their own geometry, plus (or with new values in) original_area_m2, cancelled_m2, reduced_m2, cleared_m2, remaining_area_m2, pending_m2 and status. pending_m2 is the ground of the hazard released by releases still pending review and by no passed release, counted once; it is the same in both modes. In official figures it is part of remaining_area_m2 (it is not released until quality management passes it); in operational figures it is part of cancelled, reduced and cleared. So official remaining = operational remaining + pending_m2.
OUTPUT_REMAINING: the remaining part of each hazard that is not closed, with hazard_id, remaining_area_m2 and status.
OUTPUT_ISSUES: what needs a look, one row each, with its severity: release_outside_hazard (warning; the part outside, counted nowhere), release_overlap (warning; the overlap of two releases), unknown_outcome (error; the release is not counted), unknown_qa_status (error: a qa_status other than pending, passed or failed; not counted), failed_review (warning: the release failed quality management review; not counted), no_end_date (warning: an end_date that is no date, or none with AS_OF; not counted), future_end_date (warning: ends after today; not counted), after_as_of (warning: ends after AS_OF; not counted), early_end_date (warning: ended before 1988; counted), invalid_geometry (warning; repaired and counted) and empty_geometry (error; not counted). release_id and hazard_id name the features (their ids, or their feature numbers when the layer has no such field); area_m2 is the area of the row's geometry; message says it in a sentence. Rows about a feature as a whole have no geometry.

Works in metres in the CRS of HAZARDS (its UTM zone when it is geographic or more than 0.5 % off the ground there); every output is in the CRS of HAZARDS.</source>
        <translation>Hər təhlükəli ərazidə azad edilmiş ərazinin hesabını aparır: nə qədəri ləğv edilib, azaldılıb və təmizlənib, nə qədəri qalıb və bundan irəli gələn status.

HAZARDS: təhlükəli ərazilər (poliqonlar).
RELEASES: outcome (cancelled, reduced və ya cleared) və end_date sahələri olan ərazinin azad edilməsi poliqonları. Başqa nəticəli azad edilmələr sayılmır və bildirilir.
AS_OF: istəyə bağlı tarix. Yalnız end_date-i həmin tarixdə və ya ondan əvvəl olan azad edilmələr sayılır, beləliklə yekun həmin günün vəziyyətini göstərir; end_date-i olmayan azad edilmələr bu halda sayılmır. Boş: nəticəsi məlum olan hər azad edilmə bu günə qədər sayılır. Bu gündən sonra başa çatan və ya end_date-i tarix olmayan mətn olan azad edilmələr heç vaxt sayılmır.
OFFICIAL: keyfiyyət idarəetməsinin yoxlamasına (qa_status sahəsi) görə hansı azad edilmələrin sayıldığı. Söndürülüb (standart, əməliyyat göstəriciləri): yoxlamadan keçməyənlərdən başqa hər qeydə alınmış azad edilmə; boş qa_status gözləmədə sayılır. Yandırılıb (rəsmi göstəricilər): yalnız keyfiyyət idarəetməsinin yoxlamasından keçmiş azad edilmələr; bu halda RELEASES-də qa_status sahəsi olmalıdır. Yoxlamadan keçməyən azad edilmə heç vaxt sayılmır: onun torpağı yenidən işləndikdə yeni azad edilmə kimi qeydə alınır. pending, passed və ya failed olmayan qa_status sayılmır və bildirilir.

Sayma qaydası: azad edilmə əhatə etdiyi hər təhlükəli ərazi üçün, həmin ərazinin içindəki sahəsi ilə sayılır (təhlükəli ərazinin adını çəkməsi vacib deyil). Azad edilmələr üst-üstə düşdükdə torpaq bir dəfə, daha güclü nəticə üzrə sayılır: təmizlənmiş azaldılmışdan, azaldılmış ləğv edilmişdən üstündür. Azad edilmənin heç bir təhlükəli ərazinin içində olmayan hissəsi sayılmır. Beləliklə, hər təhlükəli ərazi üçün: ilkin sahə = ləğv edilmiş + azaldılmış + təmizlənmiş + qalan. Status: heç nə azad edilmədikdə open, heç nə qalmadıqda closed, arada worked_on. Bütün sahələr koordinat sistemindən asılı olmayaraq ellipsoidal kvadrat metrdir (WGS 84).

OUTPUT: bütün sahələri və öz həndəsəsi ilə təhlükəli ərazilər, üstəgəl original_area_m2, cancelled_m2, reduced_m2, cleared_m2, remaining_area_m2, pending_m2 və status (və ya onların yeni dəyərləri). pending_m2 — təhlükəli ərazinin hələ yoxlanılmamış (gözləmədə olan) azad edilmələrlə azad edilmiş və heç bir yoxlamadan keçmiş azad edilmənin əhatə etmədiyi torpağı, bir dəfə sayılır; hər iki rejimdə eynidir. Rəsmi göstəricilərdə o remaining_area_m2-nin bir hissəsidir (keyfiyyət idarəetməsi təsdiq edənədək azad edilmiş sayılmır); əməliyyat göstəricilərində ləğv edilmiş, azaldılmış və təmizlənmiş sahələrin bir hissəsidir. Beləliklə, rəsmi qalan = əməliyyat qalanı + pending_m2.
OUTPUT_REMAINING: hər bağlanmamış təhlükəli ərazinin qalan hissəsi, hazard_id, remaining_area_m2 və status ilə.
OUTPUT_ISSUES: baxılmalı olanlar, hər biri bir sətirdə, ciddiliyi ilə: release_outside_hazard (xəbərdarlıq; kənardakı hissə, heç yerdə sayılmır), release_overlap (xəbərdarlıq; iki azad edilmənin üst-üstə düşməsi), unknown_outcome (xəta; azad edilmə sayılmır), unknown_qa_status (xəta: pending, passed və ya failed olmayan qa_status; sayılmır), failed_review (xəbərdarlıq: azad edilmə keyfiyyət idarəetməsinin yoxlamasından keçməyib; sayılmır), no_end_date (xəbərdarlıq: tarix olmayan end_date və ya AS_OF verildikdə end_date-in olmaması; sayılmır), future_end_date (xəbərdarlıq: bu gündən sonra başa çatır; sayılmır), after_as_of (xəbərdarlıq: AS_OF-dan sonra başa çatır; sayılmır), early_end_date (xəbərdarlıq: 1988-dən əvvəl başa çatıb; sayılır), invalid_geometry (xəbərdarlıq; düzəldilir və sayılır) və empty_geometry (xəta; sayılmır). release_id və hazard_id obyektləri adlandırır (onların id-ləri, layda belə sahə olmadıqda isə obyekt nömrələri); area_m2 sətrin həndəsəsinin sahəsidir; message bunu cümlə ilə deyir. Bütövlükdə obyektə aid sətirlərin həndəsəsi yoxdur.

HAZARDS layının koordinat sistemində (coğrafidirsə və ya orada yerdəki ölçülərdən 0,5 %-dən çox fərqlənirsə, onun UTM zonasında) metrlə işləyir; bütün nəticələr HAZARDS-ın koordinat sistemindədir.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="113" />
        <source>Hazardous areas</source>
        <translation>Təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="114" />
        <source>Land releases</source>
        <translation>Azad edilmiş ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="115" />
        <source>As of (end date, optional)</source>
        <translation>Tarixə olan vəziyyət (bitmə tarixi, istəyə bağlı)</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="118" />
        <source>Official figures: only releases passed by quality management count</source>
        <translation>Rəsmi göstəricilər: yalnız keyfiyyət idarəetməsinin yoxlamasından keçmiş azad edilmələr sayılır</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="120" />
        <source>Hazards with release summary</source>
        <translation>Azad edilmə yekunu ilə təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="123" />
        <source>Remaining hazardous area</source>
        <translation>Qalan təhlükəli ərazi</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="127" />
        <source>Release issues</source>
        <translation>Azad edilmə ilə bağlı problemlər</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="142" />
        <location filename="../processing/releasesummary.py" line="236" />
        <source>HAZARDS has no features: there is nothing to account.</source>
        <translation>HAZARDS layında obyekt yoxdur: hesablanacaq heç nə yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="156" />
        <source>AS_OF {} is after today ({}): releases ending after today do not count.</source>
        <translation>AS_OF {} bu gündən ({}) sonradır: bu gündən sonra başa çatan azad edilmələr sayılmır.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="168" />
        <source>Working CRS: {}</source>
        <translation>İş koordinat sistemi: {}</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="188" />
        <source>{} must be a polygon layer.</source>
        <translation>{} poliqon layı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="191" />
        <source>{} has no valid CRS: set its CRS first.</source>
        <translation>{} layının düzgün koordinat sistemi yoxdur: əvvəlcə onun koordinat sistemini təyin edin.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="199" />
        <source>RELEASES has no field {}: the land releases need the fields outcome (cancelled, reduced or cleared) and end_date.</source>
        <translation>RELEASES layında {} sahəsi yoxdur: ərazinin azad edilməsi layına outcome (cancelled, reduced və ya cleared) və end_date sahələri lazımdır.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="212" />
        <source>AS_OF is not a date: {}</source>
        <translation>AS_OF tarix deyil: {}</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="290" />
        <source>Cancelled: nothing was written.</source>
        <translation>Ləğv edildi: heç nə yazılmadı.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="412" />
        <source>Release {} lies {} m² outside every hazard.</source>
        <translation>{} azad edilməsinin {} m²-i heç bir təhlükəli ərazinin içində deyil.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="415" />
        <source>Releases {} overlap by {} m²: counted once, for the stronger outcome.</source>
        <translation>{} azad edilmələri {} m² üst-üstə düşür: bir dəfə, daha güclü nəticə üzrə sayılır.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="420" />
        <source>Release {} has no outcome: it is not counted (cancelled, reduced or cleared).</source>
        <translation>{} azad edilməsinin nəticəsi yoxdur: sayılmır (cancelled, reduced və ya cleared).</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="423" />
        <source>Release {} has the unknown outcome '{}': it is not counted (cancelled, reduced or cleared).</source>
        <translation>{} azad edilməsinin nəticəsi naməlumdur: '{}': sayılmır (cancelled, reduced və ya cleared).</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="428" />
        <source>Release {} has the unknown qa_status '{}': it is not counted (pending, passed or failed).</source>
        <translation>{} azad edilməsinin qa_status-u naməlumdur: '{}': sayılmır (pending, passed və ya failed).</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="433" />
        <source>Release {} failed quality management review: it is not counted (re-working it is a new release).</source>
        <translation>{} azad edilməsi keyfiyyət idarəetməsinin yoxlamasından keçməyib: sayılmır (onun yenidən işlənməsi yeni azad edilmədir).</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="437" />
        <source>today</source>
        <translation>bu gün</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="439" />
        <source>Release {} has no end date: it does not count as of {}.</source>
        <translation>{} azad edilməsinin bitmə tarixi yoxdur: {} tarixinə olan vəziyyətdə sayılmır.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="443" />
        <source>Release {} has the end date '{}', which is not a date: it does not count as of {}.</source>
        <translation>{} azad edilməsinin bitmə tarixi '{}' tarix deyil: {} tarixinə olan vəziyyətdə sayılmır.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="447" />
        <source>Release {} ends on {}, after today: it does not count; check its end date.</source>
        <translation>{} azad edilməsi {} tarixində, bu gündən sonra başa çatır: sayılmır; onun bitmə tarixini yoxlayın.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="450" />
        <source>Release {} ends on {}, after AS_OF {}: it does not count.</source>
        <translation>{} azad edilməsi {} tarixində, AS_OF {} tarixindən sonra başa çatır: sayılmır.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="455" />
        <source>Release {} ended on {}, before 1988: it is counted, but check its end date.</source>
        <translation>{} azad edilməsi {} tarixində, 1988-ci ildən əvvəl başa çatıb: sayılır, lakin onun bitmə tarixini yoxlayın.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="459" />
        <source>Release {}</source>
        <translation>Azad edilmə {}</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="461" />
        <source>Hazard {}</source>
        <translation>Təhlükəli ərazi {}</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="464" />
        <source>{} has an invalid geometry ({}): it was repaired and counted.</source>
        <translation>{} yanlış həndəsəyə malikdir ({}): düzəldildi və sayıldı.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="467" />
        <source>{} has no geometry (or none left after repair): it is not counted.</source>
        <translation>{} həndəsəyə malik deyil (və ya düzəldildikdən sonra heç nə qalmadı): sayılmır.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="469" />
        <source>{}: releases {}; hazards {}.</source>
        <translation>{}: azad edilmələr {}; təhlükəli ərazilər {}.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="486" />
        <source>… and {} more in OUTPUT_ISSUES.</source>
        <translation>… və daha {} problem OUTPUT_ISSUES-da.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="495" />
        <source>As of {}.</source>
        <translation>{} tarixinə olan vəziyyət.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="497" />
        <source>{} of {} release(s) counted.</source>
        <translation>{} / {} azad edilmə sayıldı.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="502" />
        <source>{} release(s) pending review; pending ground {:.2f} ha ({}).</source>
        <translation>Yoxlama gözləyən azad edilmələr: {}; yoxlama gözləyən torpaq {:.2f} ha ({}).</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="505" />
        <source>part of remaining</source>
        <translation>qalanın bir hissəsi</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="505" />
        <source>counted as released</source>
        <translation>azad edilmiş kimi sayılır</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="510" />
        <source>{} hazard(s), {:.2f} ha: {:.2f} ha cancelled, {:.2f} ha reduced, {:.2f} ha cleared, {:.2f} ha remaining.</source>
        <translation>{} təhlükəli ərazi, {:.2f} ha: {:.2f} ha ləğv edilmiş, {:.2f} ha azaldılmış, {:.2f} ha təmizlənmiş, {:.2f} ha qalıb.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="523" />
        <source>Status: {} open, {} worked on, {} closed.</source>
        <translation>Status: {} açıq, {} üzərində iş gedir, {} bağlı.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="529" />
        <source>{} issue(s): {} error(s), {} warning(s).</source>
        <translation>{} problem: {} xəta, {} xəbərdarlıq.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="610" />
        <source>RELEASES has no field qa_status: official figures count only the releases passed by quality management. Give the land_release layer, or turn OFFICIAL off.</source>
        <translation>RELEASES-də qa_status sahəsi yoxdur: rəsmi göstəricilər yalnız keyfiyyət idarəetməsinin yoxlamasından keçmiş azad edilmələri sayır. land_release layını verin və ya OFFICIAL-ı söndürün.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="619" />
        <source>Official figures: only releases passed by quality management.</source>
        <translation>Rəsmi göstəricilər: yalnız keyfiyyət idarəetməsinin yoxlamasından keçmiş azad edilmələr.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="620" />
        <source>Operational figures: all saved releases except failed ones.</source>
        <translation>Əməliyyat göstəriciləri: yoxlamadan keçməyənlərdən başqa bütün qeydə alınmış azad edilmələr.</translation>
    </message>
</context>
<context>
    <name>ReportPhotos</name>
    <message>
        <location filename="../processing/report_photos.py" line="47" />
        <source>its layer is not in a land release database</source>
        <translation>onun qatı ərazinin azad edilməsi verilənlər bazasında deyil</translation>
    </message>
    <message>
        <location filename="../processing/report_photos.py" line="52" />
        <source>not found in the database's photos</source>
        <translation>verilənlər bazasının fotoları arasında tapılmadı</translation>
    </message>
    <message>
        <location filename="../processing/report_photos.py" line="55" />
        <source>not a readable picture</source>
        <translation>oxuna bilən şəkil deyil</translation>
    </message>
</context>
<context>
    <name>ReviewReleasesDock</name>
    <message>
        <location filename="../dialogs/review/decision.py" line="33" />
        <source>The release meets the standard: it counts as officially released ({})</source>
        <translation>Azad edilmə standarta cavab verir: rəsmi olaraq azad edilmiş sayılır ({})</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="38" />
        <source>The release does not meet the standard; write the reason first ({})</source>
        <translation>Azad edilmə standarta cavab vermir; əvvəlcə səbəbi yazın ({})</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="67" />
        <source>Choose a release in the queue first.</source>
        <translation>Əvvəlcə növbədən azad edilmə seçin.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="76" />
        <source>Release {} was not passed.</source>
        <translation>{} azad edilməsi qəbul edilmədi.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="83" />
        <source>Nothing was saved.</source>
        <translation>Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="95" />
        <source>Release {} passed.</source>
        <translation>{} azad edilməsi qəbul edildi.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="97" />
        <source>Release {} failed: it no longer counts as released.</source>
        <translation>{} azad edilməsi rədd edildi: artıq azad edilmiş sayılmır.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="99" />
        <source>Remaining area recomputed for: {}.</source>
        <translation>Qalan sahə yenidən hesablandı: {}.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="108" />
        <source>Pass a release with errors?</source>
        <translation>Xətaları olan azad edilmə qəbul edilsin?</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="109" />
        <source>The checks find {} error(s) in release {}:</source>
        <translation>Yoxlamalar {} xəta tapır ({} azad edilməsində):</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="112" />
        <source>Pass it all the same?</source>
        <translation>Buna baxmayaraq qəbul edilsin?</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="35" />
        <source>Release</source>
        <translation>Azad edilmə</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="36" />
        <source>Hazard</source>
        <translation>Təhlükəli ərazi</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="37" />
        <source>Outcome</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="38" />
        <source>End date</source>
        <translation>Bitmə tarixi</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="39" />
        <source>Area (ha)</source>
        <translation>Sahə (ha)</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="40" />
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="41" />
        <source>Team</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="99" />
        <source>Cannot list the releases.</source>
        <translation>Azad edilmələrin siyahısını almaq mümkün deyil.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="126" />
        <source>No land release database in the project.</source>
        <translation>Layihədə ərazinin azad edilməsi verilənlər bazası yoxdur.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="128" />
        <source>Choose a district.</source>
        <translation>Rayon seçin.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="130" />
        <source>No release is waiting for review here.</source>
        <translation>Burada yoxlama gözləyən azad edilmə yoxdur.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="131" />
        <source>{} release(s) waiting for review.</source>
        <translation>Yoxlama gözləyən azad edilmələr: {}.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="183" />
        <source>The checks need shapely 2: see the README.</source>
        <translation>Yoxlamalar üçün shapely 2 lazımdır: README-yə baxın.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="188" />
        <source>The checks could not run on this release: see the message log.</source>
        <translation>Yoxlamaları bu azad edilmə üzərində aparmaq mümkün olmadı: mesaj jurnalına baxın.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="193" />
        <source>Checks: no errors.</source>
        <translation>Yoxlamalar: xəta yoxdur.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="197" />
        <source>Checks: {} error(s):</source>
        <translation>Yoxlamalar: xəta sayı {}:</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="3" />
        <source>Releases</source>
        <translation>Azad edilmələr</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="9" />
        <source>Review land releases</source>
        <translation>Ərazinin azad edilməsinin yoxlanılması</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="31" />
        <source>Database</source>
        <translation>Verilənlər bazası</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="37" />
        <source>The land release database whose releases are reviewed</source>
        <translation>Azad edilmələri yoxlanılan verilənlər bazası</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="49" />
        <source>In the map extent</source>
        <translation>Xəritənin görünən hissəsində</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="57" />
        <source>In the district</source>
        <translation>Rayonda</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="67" />
        <source>The districts of the database (code – name)</source>
        <translation>Verilənlər bazasının rayonları (kod – ad)</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="83" />
        <source>Releases waiting for review, oldest end date first (Up/Down to move)</source>
        <translation>Yoxlama gözləyən azad edilmələr, ən köhnə bitmə tarixi birinci (Yuxarı/Aşağı ilə keçid)</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="101" />
        <source>Remarks (the reason is required to fail)</source>
        <translation>Qeydlər (rədd etmək üçün səbəb mütləqdir)</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="118" />
        <source>Pass</source>
        <translation>Qəbul et</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="123" />
        <source>Fail</source>
        <translation>Rədd et</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="133" />
        <source>List the pending releases again</source>
        <translation>Yoxlama gözləyən azad edilmələri yenidən siyahıya al</translation>
    </message>
</context>
<context>
    <name>SplitTasks</name>
    <message>
        <location filename="../processing/splittasks.py" line="36" />
        <source>Split hazards into tasks</source>
        <translation>Təhlükəli əraziləri tapşırıqlara böl</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="38" />
        <source>Tasking and reports</source>
        <translation>Tapşırıqlar və hesabatlar</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="41" />
        <source>Cuts each hazard along a square grid into tasks that teams can be given. The tasks of a hazard cover it exactly, without overlaps.

HAZARDS: hazard polygons, with hazard_id (a hazard without one is named HZ&lt;feature id&gt;, with a warning). Invalid polygons are repaired; hazards without area are skipped.
CELL_SIZE: side of the grid cells in metres. The grid is aligned to the working CRS (the layer's CRS when it is projected in metres and within 0.5 % of the ground there, else the UTM zone of the data): cell edges at whole multiples of CELL_SIZE. 0 = use TARGET_AREA.
TARGET_AREA: wanted task area in m², used when CELL_SIZE is 0: the cell is the square root of TARGET_AREA, rounded to the whole metre from 50 m. Tasks inside a hazard have about that area; tasks at its edge are smaller. A run cuts at most 250,000 grid cells: a smaller cell is refused with the cell size that would do.
Parts smaller than a tenth of a cell are never dropped: each is merged into the part of the same hazard that shares the longest boundary with it (an islet sharing none joins the nearest part). A hazard smaller than a tenth of a cell is one task.
PRIORITY_LAYERS: optional layers (settlements, roads, schools...). Each task gets a priority from its distance to the nearest of their features: 1 (highest) within 500 m, 2 within 2 km, 3 farther. Without PRIORITY_LAYERS the priority is empty.

OUTPUT has the fields of the task layer: task_id &lt;hazard_id&gt;-T01, -T02... numbered north to south (by grid row), then west to east, by each task's representative point (three digits when a hazard has more than 99 tasks); hazard_id; status open; plus area_m2, the ellipsoidal area in m². The output is in the CRS of HAZARDS.</source>
        <translation>Hər təhlükəli ərazini kvadrat şəbəkə üzrə komandalara verilə bilən tapşırıqlara bölür. Təhlükəli ərazinin tapşırıqları onu üst-üstə düşmədən tam örtür.

HAZARDS: hazard_id ilə təhlükəli ərazi poliqonları (hazard_id olmayan təhlükəli ərazi xəbərdarlıqla HZ&lt;feature id&gt; adlandırılır). Yanlış poliqonlar düzəldilir; sahəsi olmayan təhlükəli ərazilər buraxılır.
CELL_SIZE: şəbəkə xanalarının tərəfi, metrlə. Şəbəkə iş koordinat sisteminə uyğunlaşdırılır (metrlə proyeksiyalıdırsa və orada yerdəki ölçülərdən 0,5 % daxilindədirsə layın koordinat sistemi, əks halda məlumatın UTM zonası): xana kənarları CELL_SIZE-ın tam mislərindədir. 0 = TARGET_AREA istifadə et.
TARGET_AREA: m² ilə istənilən tapşırıq sahəsi, CELL_SIZE 0 olduqda istifadə olunur: xana TARGET_AREA-nın kvadrat köküdür, 50 m-dən başlayaraq tam metrə yuvarlaqlaşdırılır. Təhlükəli ərazinin daxilindəki tapşırıqların sahəsi təxminən bu qədərdir; kənarındakı tapşırıqlar daha kiçikdir. Bir icra ən çoxu 250 000 şəbəkə xanası kəsir: daha kiçik xana, uyğun gələcək xana ölçüsü göstərilməklə rədd edilir.
Xananın onda birindən kiçik hissələr heç vaxt atılmır: hər biri eyni təhlükəli ərazinin onunla ən uzun ortaq sərhədi olan hissəsinə birləşdirilir (heç bir ortaq sərhədi olmayan adacıq ən yaxın hissəyə qoşulur). Xananın onda birindən kiçik təhlükəli ərazi bir tapşırıqdır.
PRIORITY_LAYERS: istəyə bağlı laylar (yaşayış məntəqələri, yollar, məktəblər...). Hər tapşırıq onların ən yaxın obyektinə olan məsafəyə görə prioritet alır: 1 (ən yüksək) 500 m daxilində, 2 — 2 km daxilində, 3 — daha uzaqda. PRIORITY_LAYERS olmadan prioritet boşdur.

OUTPUT tapşırıq layının sahələrinə malikdir: task_id &lt;hazard_id&gt;-T01, -T02... hər tapşırığın təmsiledici nöqtəsinə görə şimaldan cənuba (şəbəkə sırası üzrə), sonra qərbdən şərqə nömrələnir (təhlükəli ərazidə 99-dan çox tapşırıq olduqda üç rəqəm); hazard_id; status open; üstəlik area_m2, m² ilə ellipsoidal sahə. Nəticə HAZARDS-ın koordinat sistemindədir.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="73" />
        <source>Hazards</source>
        <translation>Təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="75" />
        <source>Grid cell size (m, 0 = from the target area)</source>
        <translation>Şəbəkə xanasının ölçüsü (m, 0 = hədəf sahədən)</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="79" />
        <source>Target task area (m², used when the cell size is 0)</source>
        <translation>Hədəf tapşırıq sahəsi (m², xana ölçüsü 0 olduqda istifadə olunur)</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="85" />
        <source>Priority layers (settlements, roads...)</source>
        <translation>Prioritet layları (yaşayış məntəqələri, yollar...)</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="88" />
        <source>Tasks</source>
        <translation>Tapşırıqlar</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="95" />
        <source>HAZARDS must be a polygon layer.</source>
        <translation>HAZARDS poliqon layı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="97" />
        <source>HAZARDS has no features.</source>
        <translation>HAZARDS-da obyekt yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="113" />
        <source>Working CRS: {}</source>
        <translation>İş koordinat sistemi: {}</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="131" />
        <source>{} task(s) from {} hazard(s), {:.0f} m² in all.</source>
        <translation>{} tapşırıq ({} təhlükəli ərazidən), cəmi {:.0f} m².</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="155" />
        <source>Grid cells of {:g} m.</source>
        <translation>{:g} m-lik şəbəkə xanaları.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="158" />
        <source>Grid cells of {:g} m ({:.0f} m²) for TARGET_AREA {:g} m².</source>
        <translation>{:g} m-lik ({:.0f} m²) şəbəkə xanaları, TARGET_AREA {:g} m² üçün.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="186" />
        <source>HAZARDS has no hazard with an area: there is nothing to split.</source>
        <translation>HAZARDS-da sahəsi olan təhlükəli ərazi yoxdur: bölünəcək heç nə yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="206" />
        <source>{} hazard_id(s) used by more than one feature ({}): their tasks are numbered together.</source>
        <translation>{} hazard_id birdən çox obyektdə istifadə olunur ({}): onların tapşırıqları birlikdə nömrələnir.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="277" />
        <source>HAZARDS: the hazard_id of {} feature(s) is too long for task ids &lt;hazard_id&gt;-T01 (task_id holds {} characters): {}. Shorten them.</source>
        <translation>HAZARDS: {} obyektin hazard_id-si &lt;hazard_id&gt;-T01 tapşırıq id-ləri üçün çox uzundur (task_id {} simvol saxlayır): {}. Onları qısaldın.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="292" />
        <source>CELL_SIZE {:g} m</source>
        <translation>CELL_SIZE {:g} m</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="294" />
        <source>TARGET_AREA (cells of {:g} m)</source>
        <translation>TARGET_AREA ({:g} m-lik xanalar)</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="298" />
        <source>{} would cut the hazards into about {:,} grid cells; at most {:,} can be made in one run. Use CELL_SIZE {:g} m or more (TARGET_AREA {:g} m² or more), or split fewer hazards at a time; a team's task is usually 0.25 to 1 ha (CELL_SIZE 50 to 100 m).</source>
        <translation>{} təhlükəli əraziləri təxminən {:,} şəbəkə xanasına bölərdi; bir icrada ən çoxu {:,} xana yaradıla bilər. CELL_SIZE {:g} m və ya daha çox (TARGET_AREA {:g} m² və ya daha çox) istifadə edin, ya da bir dəfəyə daha az təhlükəli ərazi bölün; komandanın tapşırığı adətən 0,25–1 ha olur (CELL_SIZE 50–100 m).</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="316" />
        <source>HAZARDS has no field hazard_id: tasks are named HZ&lt;feature id&gt;.</source>
        <translation>HAZARDS-da hazard_id sahəsi yoxdur: tapşırıqlar HZ&lt;feature id&gt; adlandırılır.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="320" />
        <source>{} hazard(s) without hazard_id, named after their feature id: {}.</source>
        <translation>hazard_id olmayan {} təhlükəli ərazi obyekt id-sinə görə adlandırıldı: {}.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="334" />
        <source>{} hazard(s) with an invalid geometry repaired: {}.</source>
        <translation>Yanlış həndəsəli {} təhlükəli ərazi düzəldildi: {}.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="340" />
        <source>{} hazard(s) without geometry or area skipped: {}.</source>
        <translation>Həndəsəsi və ya sahəsi olmayan {} təhlükəli ərazi buraxıldı: {}.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="357" />
        <source>PRIORITY_LAYERS: {} is not a vector layer with geometry: not used.</source>
        <translation>PRIORITY_LAYERS: {} həndəsəli vektor layı deyil: istifadə olunmur.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="368" />
        <source>PRIORITY_LAYERS hold no feature with geometry: priority left empty.</source>
        <translation>PRIORITY_LAYERS-də həndəsəli obyekt yoxdur: prioritet boş qaldı.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="374" />
        <source>Priority from {} feature(s) (limits {} m): {}.</source>
        <translation>{} obyektə görə prioritet (hədlər {} m): {}.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="385" />
        <source>{} part(s) smaller than a tenth of a cell merged into a neighbour.</source>
        <translation>Xananın onda birindən kiçik {} hissə qonşusuna birləşdirildi.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="388" />
        <source>{} of them shared no boundary with another part and joined the nearest one (multi-part tasks).</source>
        <translation>Onlardan {} hissənin başqa hissə ilə ortaq sərhədi yox idi və ən yaxın hissəyə birləşdi (çoxhissəli tapşırıqlar).</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="392" />
        <source>{} hazard(s) smaller than a tenth of a cell made one task each.</source>
        <translation>Xananın onda birindən kiçik {} təhlükəli ərazinin hər biri bir tapşırıq oldu.</translation>
    </message>
</context>
<context>
    <name>SyncField</name>
    <message>
        <location filename="../processing/syncfield.py" line="38" />
        <source>Import field package</source>
        <translation>Çöl paketini idxal et</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="40" />
        <source>Tasking and reports</source>
        <translation>Tapşırıqlar və hesabatlar</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="45" />
        <source>Merges a field package returned from QField into the land release database it was made from, in one transaction: every field edit since packing (new, changed and deleted hazards, releases, survey points, evidence and tasks) is written with the edit log, the hazards' remaining areas and statuses are recomputed, and photos are copied into the database's photo folder.

A field that was changed both in the office and in the field since packing is a conflict: the office value stays, the field value is kept in the sync_conflict table and listed in the report. Nothing is overwritten silently. Syncing the same package again changes nothing.

INPUT: the package folder as it came back from the tablet (manifest.json, field.gpkg and the hidden .landrelease folder).
DATABASE: the land release GeoPackage the package was made from.
CONNECTION and SCHEMA: instead, the PostgreSQL/PostGIS database and schema.
OUTPUT_REPORT: a CSV table, one row per change, conflict, refusal or finding; an HTML summary with the same name beside it.

A package made from another database, a damaged field.gpkg, a changed base state, or a field edit the record dialog would refuse (a release outside its hazard, an end date before the start date...) is refused with a message, and the database is left exactly as it was.</source>
        <translation>QField-dən qaytarılmış çöl paketini onun hazırlandığı ərazinin azad edilməsi məlumat bazası ilə bir tranzaksiyada birləşdirir: paketləmədən sonrakı hər çöl redaktəsi (yeni, dəyişdirilmiş və silinmiş təhlükəli ərazilər, azad edilmələr, tədqiqat nöqtələri, sübutlar və tapşırıqlar) redaktə jurnalı ilə yazılır, təhlükəli ərazilərin qalan sahələri və statusları yenidən hesablanır, fotolar məlumat bazasının foto qovluğuna köçürülür.

Paketləmədən sonra həm ofisdə, həm də çöldə dəyişdirilmiş sahə redaktə ziddiyyətidir: ofisdəki dəyər qalır, çöldəki dəyər sync_conflict cədvəlində saxlanılır və hesabatda göstərilir. Heç nə xəbərsiz üzərinə yazılmır. Eyni paketin təkrar sinxronlaşdırılması heç nəyi dəyişmir.

INPUT: planşetdən qayıtdığı kimi paket qovluğu (manifest.json, field.gpkg və gizli .landrelease qovluğu).
DATABASE: paketin hazırlandığı ərazinin azad edilməsi GeoPackage faylı.
CONNECTION və SCHEMA: bunun əvəzinə PostgreSQL/PostGIS məlumat bazası və sxemi.
OUTPUT_REPORT: CSV cədvəli, hər dəyişiklik, ziddiyyət, rədd və ya müşahidə üçün bir sətir; yanında eyni adlı HTML xülasəsi.

Başqa məlumat bazasından hazırlanmış paket, zədələnmiş field.gpkg, dəyişdirilmiş baza vəziyyəti və ya qeydiyyat dialoqunun rədd edəcəyi çöl redaktəsi (öz təhlükəli ərazisindən kənarda azad edilmə, başlanğıc tarixindən əvvəlki bitmə tarixi...) mesajla rədd edilir və məlumat bazası olduğu kimi qalır.</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="78" />
        <source>Returned field package (folder)</source>
        <translation>Qaytarılmış çöl paketi (qovluq)</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="81" />
        <source>Land release database (GeoPackage)</source>
        <translation>Ərazinin azad edilməsi məlumat bazası (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="83" />
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="88" />
        <source>Or a PostgreSQL/PostGIS database (connection)</source>
        <translation>Və ya PostgreSQL/PostGIS məlumat bazası (bağlantı)</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="91" />
        <source>Schema</source>
        <translation>Sxem</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="93" />
        <source>Sync report (CSV)</source>
        <translation>Sinxronlaşdırma hesabatı (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="93" />
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="95" />
        <source>Rows added</source>
        <translation>Əlavə edilmiş sətirlər</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="96" />
        <source>Rows changed</source>
        <translation>Dəyişdirilmiş sətirlər</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="97" />
        <source>Rows deleted</source>
        <translation>Silinmiş sətirlər</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="98" />
        <location filename="../processing/syncfield.py" line="179" />
        <source>New conflicts</source>
        <translation>Yeni ziddiyyətlər</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="105" />
        <source>INPUT: {} is not a folder: choose the returned field package.</source>
        <translation>INPUT: {} qovluq deyil: qaytarılmış çöl paketini seçin.</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="124" />
        <source>DATABASE: choose the land release GeoPackage the package was made from, or a PostgreSQL connection and schema.</source>
        <translation>DATABASE: paketin hazırlandığı ərazinin azad edilməsi GeoPackage faylını və ya PostgreSQL bağlantısını və sxemini seçin.</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="129" />
        <source>DATABASE: {} does not exist.</source>
        <translation>DATABASE: {} mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="137" />
        <source>OUTPUT_REPORT: choose a .csv file name.</source>
        <translation>OUTPUT_REPORT: .csv fayl adı seçin.</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="143" />
        <source>The refusals are listed in {}</source>
        <translation>Rədd edilənlər {} faylında sadalanıb</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="144" />
        <source>INPUT: {}</source>
        <translation>INPUT: {}</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="147" />
        <source>{} added, {} changed, {} deleted, {} new conflict(s).</source>
        <translation>{} əlavə edilib, {} dəyişdirilib, {} silinib, {} yeni ziddiyyət.</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="171" />
        <source>OUTPUT_REPORT: cannot write {}: {}</source>
        <translation>OUTPUT_REPORT: {} yazıla bilmir: {}</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="176" />
        <location filename="../processing/syncfield.py" line="185" />
        <source>Added</source>
        <translation>Əlavə edilib</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="177" />
        <location filename="../processing/syncfield.py" line="186" />
        <source>Changed</source>
        <translation>Dəyişdirilib</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="178" />
        <location filename="../processing/syncfield.py" line="187" />
        <source>Deleted</source>
        <translation>Silinib</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="182" />
        <source>Refused</source>
        <translation>Rədd edilib</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="183" />
        <source>Conflicts (the office value stays)</source>
        <translation>Ziddiyyətlər (ofisdəki dəyər qalır)</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="184" />
        <source>Findings</source>
        <translation>Müşahidələr</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="190" />
        <source>Layer</source>
        <translation>Lay</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="191" />
        <source>Feature</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="192" />
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="193" />
        <source>When packed</source>
        <translation>Paketlənəndə</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="194" />
        <source>In the office</source>
        <translation>Ofisdə</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="195" />
        <source>From the field</source>
        <translation>Çöl paketindən</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="196" />
        <source>By</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="197" />
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="199" />
        <source>Field package sync</source>
        <translation>Çöl paketinin sinxronlaşdırılması</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="253" />
        <source>Geometry</source>
        <translation>Həndəsə</translation>
    </message>
</context>
<context>
    <name>TaskingMapLayout</name>
    <message>
        <location filename="../layouts/atlas.py" line="83" />
        <source>This map shows the recorded extent of the hazard. It does not replace marking on the ground, and land outside the marked area is not declared safe. Check every point on the ground before work starts.</source>
        <translation>Bu xəritə təhlükəli ərazinin qeydə alınmış hüdudlarını göstərir. O, yerdəki nişanlamanı əvəz etmir və nişanlanmış ərazidən kənar torpaq təhlükəsiz elan edilmir. İşə başlamazdan əvvəl hər nöqtəni yerində yoxlayın.</translation>
    </message>
    <message>
        <location filename="../layouts/atlas.py" line="88" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../layouts/atlas.py" line="89" />
        <source>district</source>
        <translation>rayon</translation>
    </message>
    <message>
        <location filename="../layouts/atlas.py" line="90" />
        <source>Printed</source>
        <translation>Çap edilib</translation>
    </message>
    <message>
        <location filename="../layouts/atlas.py" line="91" />
        <source>Page</source>
        <translation>Səhifə</translation>
    </message>
    <message>
        <location filename="../layouts/atlas.py" line="92" />
        <source>of</source>
        <translation>/</translation>
    </message>
    <message>
        <location filename="../layouts/atlas.py" line="132" />
        <location filename="../layouts/atlas.py" line="230" />
        <source>Tasking map</source>
        <translation>Tapşırıq xəritəsi</translation>
    </message>
    <message>
        <location filename="../layouts/atlas.py" line="206" />
        <source>Cannot write {}</source>
        <translation>{} yazıla bilmir</translation>
    </message>
    <message>
        <location filename="../layouts/atlas.py" line="322" />
        <source>The PDF could not be written (error {}).</source>
        <translation>PDF yazıla bilmədi (xəta {}).</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_data.py" line="92" />
        <source>Areas</source>
        <translation>Ərazilər</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_data.py" line="94" />
        <source>Areas (overview)</source>
        <translation>Ərazilər (icmal)</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_data.py" line="97" />
        <source>Turning points</source>
        <translation>Dönmə nöqtələri</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_data.py" line="107" />
        <source>Turning point table</source>
        <translation>Dönmə nöqtələri cədvəli</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_data.py" line="152" />
        <source>Table continues on the next page.</source>
        <translation>Cədvəlin davamı növbəti səhifədədir.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_symbols.py" line="68" />
        <source>The area of this map</source>
        <translation>Bu xəritənin ərazisi</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_symbols.py" line="75" />
        <source>Other areas in this set</source>
        <translation>Bu dəstin digər əraziləri</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_symbols.py" line="117" />
        <source>Turning point and its number</source>
        <translation>Dönmə nöqtəsi və onun nömrəsi</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="26" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="27" />
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="28" />
        <source>Easting</source>
        <translation>Şərq</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="29" />
        <source>Northing</source>
        <translation>Şimal</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="30" />
        <source>Latitude</source>
        <translation>Enlik</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="31" />
        <source>Longitude</source>
        <translation>Uzunluq</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="32" />
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="33" />
        <source>Grid °</source>
        <translation>Şəb. °</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="34" />
        <source>Grid mil</source>
        <translation>Şəb. mil</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="35" />
        <source>Magn. mil</source>
        <translation>Maqn. mil</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="36" />
        <source>To next m</source>
        <translation>Növbətiyə m</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="38" />
        <source>Magn. °</source>
        <translation>Maqn. °</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="91" />
        <location filename="../layouts/tasking_table.py" line="110" />
        <source>No points</source>
        <translation>Nöqtə yoxdur</translation>
    </message>
</context>
<context>
    <name>TaskingMaps</name>
    <message>
        <location filename="../layouts/tasking_page.py" line="63" />
        <source>Task</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="63" />
        <source>Hazard</source>
        <translation>Təhlükəli ərazi</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="86" />
        <source>A suspected hazardous area: its boundary is not pegged out, so no turning points are listed. Survey decides where the hazard is.</source>
        <translation>Şübhəli təhlükəli ərazi: onun sərhədi yerdə işarələnmir, ona görə dönmə nöqtələri sadalanmır. Təhlükənin harada olduğunu tədqiqat müəyyən edir.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="139" />
        <source>No magnetic declination for {} ({}): the magnetic bearings are left empty.</source>
        <translation>{} tarixi üçün maqnit meyli yoxdur ({}): maqnit azimutları boş qalır.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="155" />
        <source>No turning points recorded for this area: the numbers are the polygon's vertices, clockwise from the northernmost. Check them on the ground.</source>
        <translation>Bu ərazi üçün dönmə nöqtələri qeydə alınmayıb: nömrələr poliqonun təpələridir, ən şimaldakından saat əqrəbi istiqamətində. Onları yerində yoxlayın.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="165" />
        <source>Tasking map {}</source>
        <translation>Tapşırıq xəritəsi {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="170" />
        <source>Points: {} metres · lat/lon WGS 84 · bearings to the next point: grid (°), {}</source>
        <translation>Nöqtələr: {} metr · enlik/uzunluq WGS 84 · növbəti nöqtəyə azimutlar: şəbəkə (°), {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="192" />
        <source>Task: {}   Team: {}   From {} to {}</source>
        <translation>Tapşırıq: {}   Komanda: {}   {} tarixindən {} tarixinədək</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="193" />
        <source>Emergency contact (CASEVAC): {}</source>
        <translation>Təcili əlaqə (CASEVAC): {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="194" />
        <source>Prepared: {}   Checked: {}   Approved: {}</source>
        <translation>Hazırladı: {}   Yoxladı: {}   Təsdiq etdi: {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="195" />
        <source>(name, signature, date)</source>
        <translation>(ad, imza, tarix)</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="205" />
        <source>Classification: {}   Status: {}</source>
        <translation>Təsnifat: {}   Status: {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="206" />
        <source>District: {}</source>
        <translation>Rayon: {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="209" />
        <source>Hazard: {}</source>
        <translation>Təhlükəli ərazi: {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="210" />
        <source>Operator: {}</source>
        <translation>Operator: {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="210" />
        <source>Priority: {}</source>
        <translation>Prioritet: {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="214" />
        <source>Area: {} m² = {} ha (ellipsoidal)</source>
        <translation>Sahə: {} m² = {} ha (ellipsoidal)</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="218" />
        <source>Points: {}</source>
        <translation>Nöqtələr: {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="225" />
        <source>Grid north.</source>
        <translation>Şəbəkə şimalı.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="228" />
        <source>True north is {:.1f}° {} of grid north here.</source>
        <translation>Burada həqiqi şimal şəbəkə şimalının {:.1f}° {}.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="234" />
        <source>No magnetic declination for {}: for a compass, apply the local value to the grid bearings.</source>
        <translation>{} tarixi üçün maqnit meyli yoxdur: kompas üçün yerli qiyməti şəbəkə azimutlarına tətbiq edin.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="243" />
        <source>Magnetic declination {}; magnetic north is {:.1f}° {} of grid north.</source>
        <translation>Maqnit meyli {}; maqnit şimalı şəbəkə şimalının {:.1f}° {}.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="248" />
        <source>Magnetic declination {}.</source>
        <translation>Maqnit meyli {}.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="251" />
        <source>Magnetic bearing = grid bearing + convergence (at each point) − declination (at the area's centre).</source>
        <translation>Maqnit azimutu = şəbəkə azimutu + yaxınlaşma (hər nöqtədə) − meyl (ərazinin mərkəzində).</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="338" />
        <source>degrees</source>
        <translation>dərəcə</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="339" />
        <source>mils (6400 to the circle)</source>
        <translation>mil (dairədə 6400)</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="340" />
        <source>Soviet mils (6000 to the circle, 12-50 = 75°)</source>
        <translation>sovet mili (dairədə 6000, 12-50 = 75°)</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="343" />
        <source>magnetic (°)</source>
        <translation>maqnit (°)</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="344" />
        <source>grid and magnetic in {}</source>
        <translation>şəbəkə və maqnit, {} ilə</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="349" />
        <source>vertex</source>
        <translation>təpə</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="356" />
        <source>E</source>
        <translation>şərq</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="356" />
        <source>W</source>
        <translation>qərb</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="362" />
        <source>east</source>
        <translation>şərqində</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="362" />
        <source>west</source>
        <translation>qərbində</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="31" />
        <location filename="../processing/taskingmaps.py" line="129" />
        <source>Tasking maps (PDF)</source>
        <translation>Tapşırıq xəritələri (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="33" />
        <source>Tasking and reports</source>
        <translation>Tapşırıqlar və hesabatlar</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="36" />
        <source>One PDF page per hazard or task, to hand to the team that goes there.

INPUT: hazards (hazard_id) or tasks (task_id); 'selected features only' prints a selection. Pages are sorted by id.
POINTS: optional turning points (CHA turning points with hazard_id, survey points with owner_id, or points with task_id) with point_type and seq. Areas without points get their own vertices, numbered clockwise from the northernmost one, and the page says so.
RELEASES, EVIDENCE, TASKS: optional land releases (by outcome: cancelled, reduced, cleared), evidence points and task boundaries, drawn on each map with their land release styles, so that the team sees what is already released and where the evidence and the tasks are.
LAYERS: optional basemap layers, drawn pale under the area and in the overview.
ORGANISATION: printed in the title block.
EMERGENCY_CONTACT: the casualty evacuation (CASEVAC) contact printed in the task block (left blank to fill in by hand otherwise).
PAGE_SIZE: A4 landscape, A3 landscape or A4 portrait.
LANGUAGE: the language the maps are printed in (default: the interface language of QGIS).
BEARING_UNIT: the unit of the bearings printed beside the grid bearings: the setting of INPUT's land release database (default; degrees for other layers), degrees, mils (6400 to the circle) or Soviet mils (6000 to the circle, written 12-50).
PHOTOS: when checked, a page of photos after each area's pages with the photos of the releases of RELEASES and the evidence of EVIDENCE within it and of the points of POINTS that belong to it (each captioned with the feature's id and the file name; the photos that cannot be read are named on the page). An area without photos gets no such page.

Each page: the area hatched with its numbered points, a UTM grid in metres (the input's projected CRS, or its UTM zone when it is geographic or more than 0.5 % off the ground there), scale bar, grid north arrow with the grid convergence and the magnetic declination at the area's centre on the print date (IGRF-14), overview, the point table (easting, northing, latitude/longitude, MGRS, grid bearing in degrees, grid bearing in the programme's unit, magnetic bearing for the print date, distance to the next point; the last point leads back to the first), title block with the ellipsoidal area, the status in words and the district's name, the numeric scale, a task block (task, team, dates, CASEVAC contact) with prepared / checked / approved signature lines, legend and disclaimer. A suspected hazardous area (SHA) without recorded turning points is printed without a point table: its boundary is not pegged out. Magnetic bearing = grid bearing + grid convergence (at each point) - declination. An area with more points than the table holds continues on a second page.

The layout comes from layouts/tasking_map*.qpt in the plugin folder: edit it in the layout designer to add a logo, keeping the item ids.

The PDF is written under a temporary name and moved to OUTPUT at the end: a cancelled or failed run leaves OUTPUT as it was. Areas with NaN or infinite coordinates or an invalid polygon are refused by id; areas without geometry or area are left out and named.</source>
        <translation>Hər təhlükəli ərazi və ya tapşırıq üçün bir PDF səhifəsi, oraya gedən komandaya vermək üçün.

INPUT: təhlükəli ərazilər (hazard_id) və ya tapşırıqlar (task_id); 'yalnız seçilmiş obyektlər' seçimi çap edir. Səhifələr id üzrə sıralanır.
POINTS: point_type və seq ilə istəyə bağlı dönmə nöqtələri (hazard_id ilə TTƏ dönmə nöqtələri, owner_id ilə tədqiqat nöqtələri və ya task_id ilə nöqtələr). Nöqtəsi olmayan ərazilər öz təpələrini alır, ən şimaldakından saat əqrəbi istiqamətində nömrələnir və səhifədə bu qeyd olunur.
RELEASES, EVIDENCE, TASKS: istəyə bağlı ərazinin azad edilməsi poliqonları (nəticəyə görə: ləğv edilmiş, azaldılmış, təmizlənmiş), sübut nöqtələri və tapşırıq sərhədləri, hər xəritədə öz üslubları ilə çəkilir ki, komanda artıq nəyin azad edildiyini, sübutların və tapşırıqların harada olduğunu görsün.
LAYERS: istəyə bağlı əsas xəritə layları, ərazinin altında və icmalda solğun çəkilir.
ORGANISATION: titul blokunda çap olunur.
EMERGENCY_CONTACT: tapşırıq blokunda çap olunan yaralıların təxliyəsi (CASEVAC) üzrə əlaqə (əks halda əllə doldurmaq üçün boş qalır).
PAGE_SIZE: A4 albom, A3 albom və ya A4 portret.
LANGUAGE: xəritələrin çap olunduğu dil (standart: QGIS interfeysinin dili).
BEARING_UNIT: şəbəkə azimutlarının yanında çap olunan azimutların vahidi: INPUT-un ərazinin azad edilməsi məlumat bazasının ayarı (standart; digər laylar üçün dərəcə), dərəcə, mil (dairədə 6400) və ya sovet mili (dairədə 6000, 12-50 kimi yazılır).
PHOTOS: seçildikdə, hər ərazinin səhifələrindən sonra onun daxilindəki RELEASES azad edilmə sahələrinin və EVIDENCE sübutlarının, həmçinin POINTS qatından ona aid nöqtələrin fotoları ilə bir səhifə çap olunur (hər fotonun altında obyektin ID-si və fayl adı; oxuna bilməyən fotolar səhifədə adları ilə göstərilir). Fotosu olmayan ərazi üçün belə səhifə çap olunmur.

Hər səhifə: nömrələnmiş nöqtələri ilə ştrixlənmiş ərazi, metrlə UTM şəbəkəsi (girişin proyeksiyalı koordinat sistemi və ya, coğrafidirsə ya orada yerdəki ölçülərdən 0,5 %-dən çox fərqlənirsə, onun UTM zonası), miqyas xətti, şəbəkə yaxınlaşması və çap tarixində ərazinin mərkəzindəki maqnit meyli (IGRF-14) ilə şəbəkə şimalı oxu, icmal, nöqtələr cədvəli (şərq koordinatı, şimal koordinatı, enlik/uzunluq, MGRS, dərəcə ilə şəbəkə azimutu, proqramın vahidində şəbəkə azimutu, çap tarixi üçün maqnit azimutu, növbəti nöqtəyə məsafə; sonuncu nöqtədən birinciyə qayıdılır), ellipsoidal sahə, sözlə status və rayonun adı ilə titul bloku, ədədi miqyas, tapşırıq bloku (tapşırıq, komanda, tarixlər, CASEVAC əlaqəsi) və hazırladı / yoxladı / təsdiq etdi imza sətirləri, şərti işarələr və xəbərdarlıq. Qeydə alınmış dönmə nöqtələri olmayan şübhəli təhlükəli ərazi (ŞTƏ) nöqtələr cədvəli olmadan çap olunur: onun sərhədi yerdə işarələnmir. Maqnit azimutu = şəbəkə azimutu + şəbəkə yaxınlaşması (hər nöqtədə) - meyl. Cədvəlin tuta biləcəyindən çox nöqtəsi olan ərazi ikinci səhifədə davam edir.

Tərtibat plagin qovluğundakı layouts/tasking_map*.qpt faylından götürülür: loqo əlavə etmək üçün onu tərtibat redaktorunda dəyişin, elementlərin id-lərini saxlayaraq.

PDF müvəqqəti adla yazılır və sonda OUTPUT-a köçürülür: ləğv edilmiş və ya uğursuz icra OUTPUT-u olduğu kimi saxlayır. NaN və ya sonsuz koordinatlı və ya yanlış poliqonlu ərazilər id üzrə rədd edilir; həndəsəsi və ya sahəsi olmayan ərazilər kənarda qalır və adlandırılır.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="99" />
        <source>A4 landscape</source>
        <translation>A4 albom</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="99" />
        <source>A3 landscape</source>
        <translation>A3 albom</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="99" />
        <source>A4 portrait</source>
        <translation>A4 portret</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="100" />
        <source>Interface language</source>
        <translation>İnterfeys dili</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="102" />
        <source>The database's setting</source>
        <translation>Məlumat bazasının ayarı</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="103" />
        <source>Degrees</source>
        <translation>Dərəcə</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="104" />
        <source>Mils (6400)</source>
        <translation>Mil (6400)</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="105" />
        <source>Soviet mils (6000, written 12-50)</source>
        <translation>Sovet mili (6000, 12-50 kimi yazılır)</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="108" />
        <source>Hazards or tasks</source>
        <translation>Təhlükəli ərazilər və ya tapşırıqlar</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="111" />
        <source>Turning points (hazard_id, owner_id or task_id; point_type, seq)</source>
        <translation>Dönmə nöqtələri (hazard_id, owner_id və ya task_id; point_type, seq)</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="115" />
        <source>Land releases (drawn)</source>
        <translation>Ərazinin azad edilməsi (çəkilir)</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="116" />
        <source>Evidence (drawn)</source>
        <translation>Sübutlar (çəkilir)</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="117" />
        <source>Task boundaries (drawn)</source>
        <translation>Tapşırıq sərhədləri (çəkilir)</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="118" />
        <source>Basemap layers</source>
        <translation>Əsas xəritə layları</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="119" />
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="122" />
        <source>Emergency contact (CASEVAC)</source>
        <translation>Təcili əlaqə (CASEVAC)</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="126" />
        <source>Page size</source>
        <translation>Səhifə ölçüsü</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="127" />
        <source>Language of the maps</source>
        <translation>Xəritələrin dili</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="128" />
        <source>Bearings also in</source>
        <translation>Azimutlar həm də bu vahiddə</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="129" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="132" />
        <source>Print the photos of the releases, survey points and evidence</source>
        <translation>Azad edilmə sahələrinin, tədqiqat nöqtələrinin və sübutların fotolarını çap et</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="141" />
        <source>INPUT must be a polygon layer.</source>
        <translation>INPUT poliqon layı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="145" />
        <source>INPUT has neither a hazard_id nor a task_id field: give hazards or tasks.</source>
        <translation>INPUT-da nə hazard_id, nə də task_id sahəsi var: təhlükəli ərazilər və ya tapşırıqlar verin.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="151" />
        <source>INPUT has no features (or none selected): there is nothing to print. Choose a layer with hazards or tasks, or select some.</source>
        <translation>INPUT-da obyekt yoxdur (və ya heç biri seçilməyib): çap ediləcək heç nə yoxdur. Təhlükəli ərazilər və ya tapşırıqlar olan lay seçin, ya da bəzilərini seçin.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="163" />
        <source>POINTS must be a point layer.</source>
        <translation>POINTS nöqtə layı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="166" />
        <source>POINTS needs a field that names the area: {}.</source>
        <translation>POINTS-da ərazini göstərən sahə olmalıdır: {}.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="178" />
        <source>Map and grid CRS: {}</source>
        <translation>Xəritənin və şəbəkənin koordinat sistemi: {}</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="190" />
        <source>{} SHA(s) without turning points are printed without a point table.</source>
        <translation>Dönmə nöqtələri olmayan {} ŞTƏ nöqtələr cədvəli olmadan çap olundu.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="196" />
        <source>{} area(s) have no turning points in POINTS: their vertices are numbered instead, and their page says so.</source>
        <translation>{} ərazinin POINTS-da dönmə nöqtəsi yoxdur: onların əvəzinə təpələri nömrələnir və səhifədə bu qeyd olunur.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="201" />
        <source>{} page(s) for {} area(s) written to {}</source>
        <translation>{} səhifə ({} ərazi üçün) {} faylına yazıldı</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="264" />
        <source>OUTPUT: the tasking maps could not be written to {}: {}</source>
        <translation>OUTPUT: tapşırıq xəritələri {} faylına yazıla bilmədi: {}</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="270" />
        <source>The photo {} of {} cannot be printed: {}</source>
        <translation>{} fotosunu ({} obyektinin) çap etmək mümkün deyil: {}</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="311" />
        <source>Tasks</source>
        <translation>Tapşırıqlar</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="312" />
        <source>Evidence</source>
        <translation>Sübutlar</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="313" />
        <source>Land releases</source>
        <translation>Azad edilmiş ərazilər</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="321" />
        <source>{}: {} feature(s) without a usable geometry are not drawn.</source>
        <translation>{}: yararlı həndəsəsi olmayan {} obyekt çəkilmir.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="351" />
        <source>Cancelled: no tasking maps were written (OUTPUT is left as it was).</source>
        <translation>Ləğv edildi: heç bir tapşırıq xəritəsi yazılmadı (OUTPUT olduğu kimi qaldı).</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="369" />
        <source>INPUT: {} area(s) have an invalid polygon: {}. Repair them (Check land release data lists them) before printing tasking maps.</source>
        <translation>INPUT: {} ərazinin poliqonu yanlışdır: {}. Tapşırıq xəritələrini çap etməzdən əvvəl onları düzəldin (“Ərazinin azad edilməsi məlumatlarını yoxla” onları sadalayır).</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="375" />
        <source>INPUT: {} feature(s) without geometry or area skipped: {}.</source>
        <translation>INPUT: həndəsəsi və ya sahəsi olmayan {} obyekt buraxıldı: {}.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="383" />
        <source>No feature of INPUT has a polygon to print.</source>
        <translation>INPUT-un heç bir obyektində çap ediləcək poliqon yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="398" />
        <source>{} of {} (seq {})</source>
        <translation>{} ({} üçün, seq {})</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="403" />
        <source>POINTS: {} point(s) have a coordinate that is NaN or infinite, or are several points in one feature: {}. Correct them: a turning point must be one place.</source>
        <translation>POINTS: {} nöqtənin koordinatı NaN və ya sonsuzdur, ya da bir obyektdə bir neçə nöqtə var: {}. Onları düzəldin: dönmə nöqtəsi bir yer olmalıdır.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="417" />
        <source>BEARING_UNIT must be 0 (the database's setting) to 3.</source>
        <translation>BEARING_UNIT 0 (məlumat bazasının ayarı) ilə 3 arasında olmalıdır.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="428" />
        <source>Bearing unit of the programme: {}</source>
        <translation>Proqramın azimut vahidi: {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="386" />
        <source>Unknown (figures being recomputed)</source>
        <translation>Naməlum (rəqəmlər yenidən hesablanır)</translation>
    </message>
</context>
<context>
    <name>Traverse</name>
    <message>
        <location filename="../processing/traverse.py" line="49" />
        <source>Minefield records to polygons (traverse)</source>
        <translation>Mina sahəsi formulyarlarından poliqonlar (gediş)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="51" />
        <location filename="../processing/traverse.py" line="187" />
        <source>Minefield records</source>
        <translation>Mina sahəsi formulyarları</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="54" />
        <source>Rebuilds the polygons of minefield records written as traverses: from a first point, every leg gives the next point by bearing and distance from the previous one.

LEGS: a table (the traverse_leg layer, a CSV…) with record_id, seq, bearing and distance_m, and optionally point_type, bearing_unit, north, remarks and declination_deg (a leg's own magnetic declination). The legs of a record are taken in seq order (whole numbers, each once). A leg's own bearing_unit (deg, mil6400, mil6000, gon) and north (grid, true, magnetic) override ANGLE_UNIT and NORTH where they are not empty. Distances are in metres, at most 50 km a leg.
Bearings may be numbers or text as written on the record, read in the leg's unit: Soviet mils 12-50 (= 1250 mils of 6000) and 0-75 with mil6000; plain numbers with a decimal point or comma; in degrees also 45°30', 45°30'36", 45 30 36, 45 гр. 30 мин. and quadrant bearings N45E, S30°W. A text that could be read two ways (12-50 in degrees, 1,250 mils) is refused, never guessed.
START: one point per record, with record_id: the record's first point, its reference point (landmark) or benchmark, in any CRS: Pulkovo 1942 / Gauss–Krüger zones EPSG:28404–28432 too (28407, 28408, 28409 in the Caucasus), whose datum is converted with PROJ's best transformation for the place, which the log names. A point_type field on START (reference, benchmark or start) says which; without it the point is a reference point. An entered_as field (the coordinates as written) is kept on the first output point. Fields of the minefield_record layer found on START (document_ref, record_date, side, mine_types, mines_recorded, accuracy, remarks) are copied to OUTPUT.
START may also be the database's survey_point layer: without record_id, its owner_id names the record; only the points of records that have legs in LEGS are used, and of those the first point (point_type reference, benchmark or start with the lowest seq). Each record's date, stored declination (entered or field) and document data then come from its row in the same database's minefield_record layer, so that a record typed in the Turning points dialog is recomputed as it was saved.
ANGLE_UNIT: degrees (360), mils (6400), mils (6000, the Warsaw Pact mil) or gon (400). A bearing goes from 0 up to the full circle, which is not allowed: north is 0.
NORTH: grid bearings are planar in the working CRS; true bearings follow the WGS 84 ellipsoid (geodesic), with distances on the ground; magnetic bearings are turned into true ones with the magnetic declination.
Magnetic declination (degrees, east positive, west negative), for each record with magnetic legs, the first found wins: a leg's own declination_deg on LEGS; the record's DECLINATION_FIELD on START; DECLINATION (optional, no default); else the IGRF-14 value at the record's start point on its date (DATE_FIELD of START, default record_date: a date, or text 1993-06-15 or 15.06.1993 (day.month.year); a month alone, 1993-06, uses its 15th; 03/04/1993 is refused as ambiguous, and so are future dates and dates outside the IGRF, 1900 to 2029). A magnetic record with none of these is refused by its record_id, never turned by 0. OUTPUT says which: declination_deg and declination_source (entered: DECLINATION; field: DECLINATION_FIELD or the legs' own; igrf), and the log gives each record's value, and for the IGRF its date and place.
ADJUST: none, or Bowditch (compass rule), for records that close with an end leg: the misclosure is spread along the perimeter in proportion to the distance travelled, so that the end point falls on the start point. A record without a closing end leg is left as recorded (adjusted false), and the log says so. The closure error, perimeter and ratio always describe the record as entered.
CLOSURE_TOLERANCE: the largest closure error (m) accepted: closure_ok is true when closure_error_m is at most this. An end point within it of the start point is the start point: the polygon has no second vertex there (its error is still reported).

Point types: reference (landmark outside the area, easy to find), benchmark (fixed, a short safe walk outside the area), start (TP1, the first point of the perimeter), turning (each change of direction; a leg without point_type is a turning point), intermediate (on a long or blind side), end (the last point, which should fall on the start point), evidence (not on the perimeter). The perimeter is the start, turning, intermediate and end points in seq order.
Closure: the closure error is the distance from the last perimeter point back to the first; an end leg that returns exactly to the start closes with 0. A record without a closing leg is closed by a straight side, whose length is reported as its error. closure_ratio = closure error / perimeter (planar, working CRS, closing side included).

Where the record is: a record with a point outside the programme's area (the extent of the START database's districts plus 10 km; else the area of use of START's CRS) is written with outside_area true and a warning that names it; check its start point and legs.

OUTPUT: one polygon per record in the CRS of START: record_id, area_m2 (ellipsoidal), perimeter_m, closure_error_m, closure_ratio, closure_ok (true/false), adjusted, declination_deg, declination_source, outside_area. OUTPUT_POINTS: every computed point (the first point is seq 0) with the survey_point fields: owner_id and record_id, point_type, seq, bearing, bearing_unit, north and distance_m as read, entered_as (the values as typed), remarks, plus easting and northing in the working CRS and outside_area.
Work is done in metres in the CRS of START, or in its UTM zone when START is geographic or more than 0.5 % off the ground there (Web Mercator). A record that cannot be computed (no start point, a bearing that cannot be read or is outside its circle, a negative distance, no declination…) is reported by its record_id and left out; the others are still computed. The results RECORDS, FAILED and OUT_OF_TOLERANCE count them.</source>
        <translation>Gediş şəklində yazılmış mina sahəsi formulyarlarının poliqonlarını bərpa edir: birinci nöqtədən başlayaraq hər hissə növbəti nöqtəni əvvəlkindən azimut və məsafə ilə verir.

LEGS: record_id, seq, bearing və distance_m, istəyə bağlı olaraq point_type, bearing_unit, north, remarks və declination_deg (hissənin öz maqnit meyli) sahələri olan cədvəl (traverse_leg layı, CSV…). Formulyarın hissələri seq sırası ilə götürülür (tam ədədlər, hər biri bir dəfə). Hissənin öz bearing_unit (deg, mil6400, mil6000, gon) və north (grid, true, magnetic) dəyərləri boş olmadıqda ANGLE_UNIT və NORTH-u əvəz edir. Məsafələr metrlədir, bir hissə ən çoxu 50 km.
Azimutlar formulyarda yazıldığı kimi ədəd və ya mətn ola bilər və hissənin vahidində oxunur: mil6000 ilə sovet mili 12-50 (= dairədə 6000 olan 1250 mil) və 0-75; onluq nöqtə və ya vergüllü sadə ədədlər; dərəcə ilə həmçinin 45°30', 45°30'36", 45 30 36, 45 гр. 30 мин. və N45E, S30°W rumbları. İki cür oxuna bilən mətn (dərəcə ilə 12-50, 1,250 mil) rədd edilir, heç vaxt təxmin edilmir.
START: hər formulyar üçün record_id ilə bir nöqtə: formulyarın birinci nöqtəsi, onun oriyentir nöqtəsi və ya reperi, istənilən koordinat sistemində: Pulkovo 1942 / Gauss–Krüger zonaları EPSG:28404–28432 də (Qafqazda 28407, 28408, 28409); onların datumu PROJ-un həmin yer üçün ən yaxşı çevrilməsi ilə çevrilir və jurnal onun adını göstərir. START-dakı point_type sahəsi (reference, benchmark və ya start) hansı olduğunu göstərir; o olmadıqda nöqtə oriyentir nöqtəsi sayılır. entered_as sahəsi (yazıldığı kimi koordinatlar) birinci çıxış nöqtəsində saxlanılır. START-da tapılan minefield_record layının sahələri (document_ref, record_date, side, mine_types, mines_recorded, accuracy, remarks) OUTPUT-a köçürülür.
START həmçinin məlumat bazasının survey_point layı ola bilər: record_id olmadıqda formulyarı onun owner_id sahəsi göstərir; yalnız LEGS-də hissələri olan formulyarların nöqtələri, onlardan da birinci nöqtə (ən kiçik seq ilə point_type reference, benchmark və ya start) istifadə olunur. Bu halda hər formulyarın tarixi, saxlanılmış meyli (entered və ya field) və sənəd məlumatları eyni məlumat bazasının minefield_record layındakı sətrindən götürülür ki, Dönmə nöqtələri dialoqunda yazılmış formulyar saxlanıldığı kimi yenidən hesablansın.
ANGLE_UNIT: dərəcə (360), mil (6400), mil (6000, Varşava Müqaviləsi mili) və ya qon (400). Azimut 0-dan tam dairəyə qədərdir, tam dairənin özünə icazə verilmir: şimal 0-dır.
NORTH: şəbəkə azimutları iş koordinat sistemində müstəvi üzərindədir; həqiqi azimutlar WGS 84 ellipsoidi üzrə (geodezik), yer üzərindəki məsafələrlə hesablanır; maqnit azimutları maqnit meyli ilə həqiqiyə çevrilir.
Maqnit meyli (dərəcə, şərq müsbət, qərb mənfi) maqnit hissələri olan hər formulyar üçün belə götürülür, ilk tapılan istifadə olunur: hissənin LEGS-dəki öz declination_deg dəyəri; formulyarın START-dakı DECLINATION_FIELD sahəsi; DECLINATION (istəyə bağlı, standart dəyəri yoxdur); əks halda formulyarın başlanğıc nöqtəsində onun tarixinə IGRF-14 qiyməti (START-ın DATE_FIELD sahəsi, standart record_date: tarix və ya 1993-06-15 ya 15.06.1993 (gün.ay.il) mətni; yalnız ay, 1993-06, ayın 15-i kimi götürülür; 03/04/1993 birmənalı olmadığı üçün rədd edilir, gələcək tarixlər və IGRF-dən kənar tarixlər (1900–2029) də rədd edilir). Bunların heç biri olmayan maqnit formulyarı record_id-si ilə rədd edilir, heç vaxt 0 ilə döndərilmir. OUTPUT hansının istifadə olunduğunu göstərir: declination_deg və declination_source (entered: DECLINATION; field: DECLINATION_FIELD və ya hissələrin öz dəyəri; igrf); jurnal isə hər formulyarın qiymətini, IGRF üçün həm də onun tarixini və yerini verir.
ADJUST: heç biri və ya Bowditch (kompas qaydası), end hissəsi ilə qapanan formulyarlar üçün: qapanmama perimetr boyunca keçilən məsafəyə mütənasib paylanır ki, end nöqtəsi başlanğıc nöqtəsinə düşsün. Qapanan end hissəsi olmayan formulyar qeydə alındığı kimi qalır (adjusted false) və jurnal bunu bildirir. Qapanma xətası, perimetr və nisbət həmişə formulyarı daxil edildiyi kimi təsvir edir.
CLOSURE_TOLERANCE: qəbul edilən ən böyük qapanma xətası (m): closure_error_m bundan çox olmadıqda closure_ok true olur. Başlanğıc nöqtəsindən bu məsafə daxilində olan end nöqtəsi başlanğıc nöqtəsinin özü sayılır: poliqonun orada ikinci təpəsi olmur (xətası yenə də bildirilir).

Nöqtə növləri: reference (ərazidən kənarda, asan tapılan oriyentir), benchmark (sabit, ərazidən kənarda qısa təhlükəsiz məsafədə reper), start (TP1, perimetrin birinci nöqtəsi), turning (hər istiqamət dəyişikliyi; point_type-ı olmayan hissə dönmə nöqtəsidir), intermediate (uzun və ya görünməyən tərəfdə), end (başlanğıc nöqtəsinə düşməli olan sonuncu nöqtə), evidence (perimetrdə deyil). Perimetr seq sırası ilə start, turning, intermediate və end nöqtələridir.
Qapanma: qapanma xətası sonuncu perimetr nöqtəsindən birinciyə qədər olan məsafədir; dəqiq başlanğıca qayıdan end hissəsi 0 ilə qapanır. Qapanma hissəsi olmayan formulyar düz tərəflə qapadılır və onun uzunluğu xəta kimi bildirilir. closure_ratio = qapanma xətası / perimetr (müstəvi, iş koordinat sistemi, qapanma tərəfi daxil).

Formulyarın yeri: nöqtəsi proqram ərazisindən (START məlumat bazasının rayonlarının əhatə dairəsi üstəgəl 10 km; əks halda START-ın koordinat sisteminin istifadə ərazisi) kənarda olan formulyar outside_area true ilə və onu adlandıran xəbərdarlıqla yazılır; onun başlanğıc nöqtəsini və hissələrini yoxlayın.

OUTPUT: START-ın koordinat sistemində hər formulyar üçün bir poliqon: record_id, area_m2 (ellipsoidal), perimeter_m, closure_error_m, closure_ratio, closure_ok (true/false), adjusted, declination_deg, declination_source, outside_area. OUTPUT_POINTS: hesablanmış hər nöqtə (birinci nöqtə seq 0-dır) survey_point sahələri ilə: owner_id və record_id, point_type, seq, oxunduğu kimi bearing, bearing_unit, north və distance_m, entered_as (yazıldığı kimi dəyərlər), remarks, üstəgəl iş koordinat sistemində easting və northing, həmçinin outside_area.
İş START-ın koordinat sistemində, START coğrafidirsə və ya orada yerdəki ölçülərdən 0,5 %-dən çox fərqlənirsə (Web Mercator), onun UTM zonasında metrlə aparılır. Hesablana bilməyən formulyar (başlanğıc nöqtəsi yoxdur, azimut oxuna bilmir və ya dairədən kənardadır, məsafə mənfidir, meyl yoxdur…) record_id-si ilə bildirilir və kənarda qalır; digərləri yenə də hesablanır. RECORDS, FAILED və OUT_OF_TOLERANCE nəticələri onları sayır.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="152" />
        <source>Degrees (360)</source>
        <translation>Dərəcə (360)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="153" />
        <source>Mils (6400)</source>
        <translation>Mil (6400)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="154" />
        <source>Mils (6000)</source>
        <translation>Mil (6000)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="155" />
        <source>Gon (400)</source>
        <translation>Qon (400)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="157" />
        <source>Grid</source>
        <translation>Şəbəkə</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="157" />
        <source>True</source>
        <translation>Həqiqi</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="157" />
        <source>Magnetic</source>
        <translation>Maqnit</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="158" />
        <source>None (as recorded)</source>
        <translation>Heç biri (qeydə alındığı kimi)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="158" />
        <source>Bowditch (compass rule)</source>
        <translation>Bowditch (kompas qaydası)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="160" />
        <source>Traverse legs</source>
        <translation>Gediş hissələri</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="163" />
        <source>Start points (reference point or benchmark of each record)</source>
        <translation>Başlanğıc nöqtələri (hər formulyarın oriyentir nöqtəsi və ya reperi)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="166" />
        <source>Bearing unit (where a leg has none)</source>
        <translation>Azimut vahidi (hissədə göstərilmədikdə)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="167" />
        <source>North reference (where a leg has none)</source>
        <translation>Şimal istinadı (hissədə göstərilmədikdə)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="170" />
        <source>Magnetic declination (degrees, east positive; empty: per record)</source>
        <translation>Maqnit meyli (dərəcə, şərq müsbət; boş: hər formulyar üçün ayrıca)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="177" />
        <source>Declination field of the start points</source>
        <translation>Başlanğıc nöqtələrinin meyl sahəsi</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="181" />
        <source>Record date field of the start points (for the IGRF declination)</source>
        <translation>Başlanğıc nöqtələrinin formulyar tarixi sahəsi (IGRF meyli üçün)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="185" />
        <source>Adjustment</source>
        <translation>Düzəliş</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="186" />
        <source>Closure tolerance (m)</source>
        <translation>Qapanma dözümlülüyü (m)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="188" />
        <source>Traverse points</source>
        <translation>Gediş nöqtələri</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="189" />
        <source>Records computed</source>
        <translation>Hesablanmış formulyarlar</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="190" />
        <source>Records that failed</source>
        <translation>Uğursuz formulyarlar</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="191" />
        <source>Records beyond the closure tolerance</source>
        <translation>Qapanma dözümlülüyündən kənar formulyarlar</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="208" />
        <source>CLOSURE_TOLERANCE cannot be negative.</source>
        <translation>CLOSURE_TOLERANCE mənfi ola bilməz.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="216" />
        <source>LEGS lacks the field(s) {}: a traverse leg needs record_id, seq, bearing and distance_m (point_type, bearing_unit, north, remarks and declination_deg are optional).</source>
        <translation>LEGS layında {} sahə(lər)i yoxdur: gediş hissəsinə record_id, seq, bearing və distance_m lazımdır (point_type, bearing_unit, north, remarks və declination_deg istəyə bağlıdır).</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="222" />
        <source>LEGS has no rows.</source>
        <translation>LEGS layında sətir yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="228" />
        <source>START must be a point layer (it holds {} geometries).</source>
        <translation>START nöqtə layı olmalıdır (onun həndəsələri {} növündədir).</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="235" />
        <source>START has no field record_id (nor owner_id, as the survey_point layer has): each start point must name its record.</source>
        <translation>START layında record_id sahəsi (survey_point layında olduğu kimi owner_id də) yoxdur: hər başlanğıc nöqtəsi öz formulyarını göstərməlidir.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="240" />
        <source>START has no features.</source>
        <translation>START layında obyekt yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="246" />
        <source>START has no field {}: choose {} among its fields.</source>
        <translation>START layında {} sahəsi yoxdur: {} üçün onun sahələrindən birini seçin.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="260" />
        <source>START has no field {}: choose DATE_FIELD among its fields.</source>
        <translation>START layında {} sahəsi yoxdur: DATE_FIELD üçün onun sahələrindən birini seçin.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="265" />
        <source>DATE_FIELD {} holds {} values, not dates: choose a date field, or a text field with dates such as 1993-06-15 or 15.06.1993.</source>
        <translation>DATE_FIELD {} sahəsində tarix yox, {} tipli dəyərlər var: tarix sahəsi və ya 1993-06-15 ya 15.06.1993 kimi tarixləri olan mətn sahəsi seçin.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="278" />
        <source>DECLINATION must be between -180 and 180 degrees (east positive).</source>
        <translation>DECLINATION -180 ilə 180 dərəcə arasında olmalıdır (şərq müsbət).</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="291" />
        <source>Working CRS: {}</source>
        <translation>İş koordinat sistemi: {}</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="312" />
        <source>{} record(s) computed, {} failed, {} beyond the closure tolerance of {:g} m.</source>
        <translation>{} formulyar hesablandı, {} uğursuz oldu, {} formulyar {:g} m qapanma dözümlülüyündən kənardadır.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="339" />
        <source>{}: the stored values of {} could not be looked at ({}): a number field holding text written by another program is read as QGIS reads it.</source>
        <translation>{}: {} faylının saxlanmış dəyərlərinə baxmaq mümkün olmadı ({}): başqa proqramın rəqəm sahəsinə yazdığı mətn QGIS-in oxuduğu kimi oxunur.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="354" />
        <source>LEGS: the record_id of {} leg(s) holds characters that could not be read (�): {}. The file is not in the encoding QGIS read it with: save it as UTF-8, or set the layer's encoding (Properties, Source).</source>
        <translation>LEGS: {} hissənin record_id-sində oxuna bilməyən simvollar var (�): {}. Fayl QGIS-in onu oxuduğu kodlaşdırmada deyil: onu UTF-8 kimi saxlayın və ya layın kodlaşdırmasını təyin edin (Properties, Source).</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="361" />
        <source>{} leg(s) without record_id left out.</source>
        <translation>record_id-si olmayan {} hissə kənarda qaldı.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="398" />
        <source>{} record(s) completed from the database's minefield_record layer (date, stored declination, document data).</source>
        <translation>{} formulyar məlumat bazasının minefield_record layından tamamlandı (tarix, saxlanılmış meyl, sənəd məlumatları).</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="415" />
        <source>The programme's area is unknown (START's CRS has no area of use).</source>
        <translation>Proqram ərazisi naməlumdur (START-ın koordinat sisteminin istifadə ərazisi yoxdur).</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="419" />
        <source>Programme's area ({}): {}.</source>
        <translation>Proqram ərazisi ({}): {}.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="420" />
        <source>districts' extent plus {:g} km</source>
        <translation>rayonların əhatə dairəsi üstəgəl {:g} km</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="422" />
        <source>area of use of START's CRS</source>
        <translation>START-ın koordinat sisteminin istifadə ərazisi</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="575" />
        <source>Points for the programme's area</source>
        <translation>Proqram ərazisi üçün nöqtələr</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="585" />
        <source>Record {}: {} of its {} points lie outside the programme's area ({}); the farthest is {}. It is written with outside_area true: check its start point and legs.</source>
        <translation>Formulyar {}: {} nöqtə ({} nöqtədən) proqram ərazisindən ({}) kənardadır; ən uzağı: {}. O, outside_area true ilə yazılır: başlanğıc nöqtəsini və hissələri yoxlayın.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="597" />
        <source>seq {} at {:.5f}° {}, {:.5f}° {}, about {:.1f} km outside</source>
        <translation>seq {}, {:.5f}° {}, {:.5f}° {} nöqtəsində, təxminən {:.1f} km kənarda</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="601" />
        <source>seq {}, which cannot be placed on the earth</source>
        <translation>seq {} (yer üzərində yerləşdirilə bilmir)</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="75" />
        <source>its legs' {}</source>
        <translation>hissələrinin {} sahəsi</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="77" />
        <source>the DECLINATION parameter</source>
        <translation>DECLINATION parametri</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="79" />
        <source>the record's stored declination ({})</source>
        <translation>formulyarda saxlanılmış meyl ({})</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="81" />
        <source>START's field {}</source>
        <translation>START-ın {} sahəsi</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="106" />
        <source>Record {}: no declination is given and the IGRF cannot be used: {}</source>
        <translation>Formulyar {}: meyl verilməyib və IGRF istifadə oluna bilmir: {}</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="118" />
        <source>Record {}: its bearings are magnetic but no declination is given: give DECLINATION, a value in DECLINATION_FIELD, declination_deg on its legs, or the record's date in DATE_FIELD (for the IGRF value).</source>
        <translation>Formulyar {}: azimutları maqnitdir, lakin meyl verilməyib: DECLINATION, DECLINATION_FIELD sahəsində qiymət, hissələrində declination_deg və ya DATE_FIELD sahəsində formulyarın tarixini (IGRF qiyməti üçün) verin.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="131" />
        <source>Record {}: its date {} is outside the IGRF (1900 to 2029): give the declination printed on the record (DECLINATION or DECLINATION_FIELD).</source>
        <translation>Formulyar {}: onun {} tarixi IGRF-dən (1900 ilə 2029 arası) kənardadır: formulyarda yazılmış meyli verin (DECLINATION və ya DECLINATION_FIELD).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="151" />
        <source>Record {}: its start point cannot be placed on the earth for the IGRF declination.</source>
        <translation>Formulyar {}: IGRF meyli üçün onun başlanğıc nöqtəsi yer üzərində yerləşdirilə bilmir.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="154" />
        <source>Start points for the IGRF</source>
        <translation>IGRF üçün başlanğıc nöqtələri</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="160" />
        <source>IGRF-14 at {:.4f}° {}, {:.4f}° {} on {}</source>
        <translation>IGRF-14, {:.4f}° {}, {:.4f}° {} nöqtəsində, {} tarixində</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="165" />
        <source> (the record gives the month only: its 15th)</source>
        <translation> (formulyarda yalnız ay göstərilib: ayın 15-i)</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="172" />
        <source>; {} leg(s) with their own {}</source>
        <translation>; {} hissənin öz {} dəyəri var</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="55" />
        <source>Record {record}: {problem}</source>
        <translation>Formulyar {record}: {problem}</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="56" />
        <source>Record {record}, leg {seq}: {problem}</source>
        <translation>Formulyar {record}, hissə {seq}: {problem}</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="75" />
        <source>the bearing is missing.</source>
        <translation>azimut yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="77" />
        <source>the bearing {typed} cannot be read in {unit}: write it as {forms}.</source>
        <translation>{typed} azimutu {unit} ilə oxuna bilmir: onu belə yazın: {forms}.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="80" />
        <source>the bearing {typed} is outside 0 to {full} {unit} (the full circle itself is written 0).</source>
        <translation>{typed} azimutu 0 ilə {full} {unit} aralığından kənardadır (tam dairənin özü 0 kimi yazılır).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="83" />
        <source>the bearing text is too long: write one bearing.</source>
        <translation>azimut mətni çox uzundur: bir azimut yazın.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="85" />
        <source>the bearing {typed} is negative: bearings go clockwise from north, 0 to {full} {unit}.</source>
        <translation>{typed} azimutu mənfidir: azimutlar şimaldan saat əqrəbi istiqamətində 0 ilə {full} {unit} arasında ölçülür.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="88" />
        <source>in the bearing {typed} a part before the last has decimals: only the last part may have them.</source>
        <translation>{typed} azimutunda sonuncudan əvvəlki hissədə onluq kəsr var: onluq kəsr yalnız sonuncu hissədə ola bilər.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="92" />
        <source>in the bearing {typed} the minutes or seconds are 60 or more.</source>
        <translation>{typed} azimutunda dəqiqələr və ya saniyələr 60 və ya daha çoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="95" />
        <source>the bearing {typed} does not give degrees, minutes and seconds in that order: write 45°30'36" or 45 30 36.</source>
        <translation>{typed} azimutunda dərəcə, dəqiqə və saniyələr bu sırada deyil: 45°30'36" və ya 45 30 36 yazın.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="99" />
        <source>the quadrant bearing {typed} has an angle above 90°: write it from N or S towards E or W, 0 to 90°.</source>
        <translation>{typed} rumbunun bucağı 90°-dən böyükdür: onu N və ya S-dən E və ya W-yə doğru, 0 ilə 90° arasında yazın.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="103" />
        <source>the bearing {typed} is written like Soviet mils (12-50 = 1250 mils of 6000): the record's unit is probably mil6000, not {unit}.</source>
        <translation>{typed} azimutu sovet mili kimi yazılıb (12-50 = dairədə 6000 olan 1250 mil): formulyarın vahidi, ehtimal ki, {unit} deyil, mil6000-dir.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="107" />
        <source>the bearing {typed} is not Soviet mils: write hundreds, a hyphen and exactly two digits (12-50 is 1250 mils, 0-75 is 75).</source>
        <translation>{typed} azimutu sovet mili deyil: yüzlükləri, defis və düz iki rəqəm yazın (12-50 1250 mildir, 0-75 isə 75).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="111" />
        <source>the bearing {typed} is written in degrees but the unit is {unit}: correct the unit or the bearing.</source>
        <translation>{typed} azimutu dərəcə ilə yazılıb, lakin vahid {unit} kimi göstərilib: vahidi və ya azimutu düzəldin.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="115" />
        <source>the bearing {typed} could have a decimal or a thousands separator: write it without the separator.</source>
        <translation>{typed} azimutundakı ayırıcı onluq və ya minlik ayırıcı ola bilər: onu ayırıcısız yazın.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="124" />
        <source>the distance is missing.</source>
        <translation>məsafə yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="125" />
        <source>the distance {value} is not a number.</source>
        <translation>{value} məsafəsi rəqəm deyil.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="126" />
        <source>the distance {value} m is negative.</source>
        <translation>{value} m məsafəsi mənfidir.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="128" />
        <source>the distance {value} m is longer than any leg of a minefield record (50 km at most): check the number and its unit.</source>
        <translation>{value} m məsafəsi mina sahəsi formulyarının istənilən hissəsindən uzundur (ən çoxu 50 km): ədədi və onun vahidini yoxlayın.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="137" />
        <source>unknown bearing unit {value}: use deg, mil6400, mil6000 or gon.</source>
        <translation>naməlum azimut vahidi {value}: deg, mil6400, mil6000 və ya gon istifadə edin.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="138" />
        <source>unknown north {value}: use grid, true or magnetic.</source>
        <translation>naməlum şimal {value}: grid, true və ya magnetic istifadə edin.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="140" />
        <source>unknown point type {value}: use reference, benchmark, start, turning, intermediate, end or evidence.</source>
        <translation>naməlum nöqtə növü {value}: reference, benchmark, start, turning, intermediate, end və ya evidence istifadə edin.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="143" />
        <source>two legs have the sequence number {value}.</source>
        <translation>iki hissənin ardıcıllıq nömrəsi eynidir: {value}.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="144" />
        <source>a leg has no whole sequence number (seq is {value}).</source>
        <translation>hissənin tam ardıcıllıq nömrəsi yoxdur (seq {value}-dir).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="152" />
        <source>the start point cannot be placed (no usable coordinates in the working CRS).</source>
        <translation>başlanğıc nöqtəsi yerləşdirilə bilmir (iş koordinat sistemində yararlı koordinat yoxdur).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="155" />
        <source>{value} perimeter point(s) (start, turning, intermediate, end): a polygon needs at least 3 distinct points.</source>
        <translation>{value} perimetr nöqtəsi (start, turning, intermediate, end): poliqona ən azı 3 fərqli nöqtə lazımdır.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="159" />
        <source>the magnetic declination {value} is not a number of degrees between -180 and 180 (east positive).</source>
        <translation>{value} maqnit meyli -180 ilə 180 arasında dərəcə ilə rəqəm deyil (şərq müsbət).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="163" />
        <source>leg {value} is magnetic but no declination is given: give DECLINATION, DECLINATION_FIELD, declination_deg on the leg, or the record's date.</source>
        <translation>hissə {value} maqnitdir, lakin meyl verilməyib: DECLINATION, DECLINATION_FIELD, hissədə declination_deg və ya formulyarın tarixini verin.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="166" />
        <source>the working CRS cannot be used for true or magnetic bearings ({value}).</source>
        <translation>iş koordinat sistemi həqiqi və ya maqnit azimutları üçün istifadə oluna bilməz ({value}).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="172" />
        <source>degrees</source>
        <translation>dərəcə</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="173" />
        <source>mils (6400)</source>
        <translation>mil (6400)</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="174" />
        <source>mils (6000)</source>
        <translation>mil (6000)</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="175" />
        <source>gon</source>
        <translation>qon</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="204" />
        <source>the record date {} is not a date.</source>
        <translation>formulyarın tarixi {} tarix deyil.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="206" />
        <source>the record date {} cannot be read: write 1993-06-15 or 15.06.1993 (day.month.year), or 1993-06 for a month.</source>
        <translation>formulyarın tarixi {} oxuna bilmir: 1993-06-15 və ya 15.06.1993 (gün.ay.il), ay üçün isə 1993-06 yazın.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="210" />
        <source>the record date {} reads as day/month and as month/day: write 1993-06-15 or 15.06.1993.</source>
        <translation>formulyarın tarixi {} həm gün/ay, həm də ay/gün kimi oxunur: 1993-06-15 və ya 15.06.1993 yazın.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="213" />
        <source>the record date {} is not a day of the calendar.</source>
        <translation>formulyarın tarixi {} təqvimdə olan gün deyil.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="215" />
        <source>the record date {} is a year alone: give the month at least.</source>
        <translation>formulyarın tarixi {} yalnız ildir: ən azı ayı da verin.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="218" />
        <source>the record date {} has a two-digit year: write all four digits.</source>
        <translation>formulyarın tarixi {}: il iki rəqəmlidir, dörd rəqəmin hamısını yazın.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="220" />
        <source>the record date {} is in the future.</source>
        <translation>formulyarın tarixi {} gələcəkdədir.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="222" />
        <source>the IGRF needs the Python package ppigrf, which is not installed: install it with Land Release ▸ Install Python Packages…, or give the declination printed on the record.</source>
        <translation>IGRF üçün ppigrf Python paketi lazımdır, o quraşdırılmayıb: onu Ərazinin azad edilməsi ▸ Python paketlərini quraşdır… ilə quraşdırın və ya qeyddə çap olunmuş meyli göstərin.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="231" />
        <source>Record {}: {}</source>
        <translation>Formulyar {}: {}</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="242" />
        <source>Record {}: its record_id has {} characters; record_id holds {}: shorten it.</source>
        <translation>Formulyar {}: onun record_id-si {} simvoldan ibarətdir; record_id {} simvol saxlayır: onu qısaldın.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="246" />
        <source>Record {}: no START point has this record_id: the traverse has nowhere to begin.</source>
        <translation>Formulyar {}: heç bir START nöqtəsində bu record_id yoxdur: gedişin başlanacağı yer yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="250" />
        <source>Record {}: {} START points have this record_id: keep only its first point (reference point or benchmark).</source>
        <translation>Formulyar {}: {} START nöqtəsində bu record_id var: yalnız onun birinci nöqtəsini saxlayın (oriyentir nöqtəsi və ya reper).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="254" />
        <source>Record {}: its START point has no geometry.</source>
        <translation>Formulyar {}: onun START nöqtəsinin həndəsəsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="257" />
        <source>Record {}: its START geometry holds {} points: give one point per record.</source>
        <translation>Formulyar {}: onun START həndəsəsində {} nöqtə var: hər formulyar üçün bir nöqtə verin.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="260" />
        <source>Record {}: a START point but no legs in LEGS.</source>
        <translation>Formulyar {}: START nöqtəsi var, lakin LEGS-də hissə yoxdur.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="273" />
        <source>Record {}: magnetic declination {:+.2f}° east, source {} ({}).</source>
        <translation>Formulyar {}: maqnit meyli {:+.2f}° şərq, mənbə {} ({}).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="281" />
        <source>Record {}: not adjusted: no closing end leg (its last perimeter point, seq {}, is a {} point); the points are as recorded.</source>
        <translation>Formulyar {}: düzəldilmədi: qapanan end hissəsi yoxdur (sonuncu perimetr nöqtəsi, seq {}, {} nöqtəsidir); nöqtələr qeydə alındığı kimidir.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="287" />
        <source>closes exactly</source>
        <translation>dəqiq qapanır</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="292" />
        <source>Record {}: closure error {:.2f} m over {:.1f} m ({}).</source>
        <translation>Formulyar {}: {:.2f} m qapanma xətası {:.1f} m üzrə ({}).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="299" />
        <source>Record {}: closure error {:.2f} m over {:.1f} m ({}), beyond the tolerance of {:g} m.</source>
        <translation>Formulyar {}: {:.2f} m qapanma xətası {:.1f} m üzrə ({}), {:g} m dözümlülükdən artıqdır.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="307" />
        <source>Record {}: the polygon crosses itself as recorded; it is written as is: check the legs.</source>
        <translation>Formulyar {}: poliqon yazıldığı kimi özünü kəsir; olduğu kimi yazılır: hissələri yoxlayın.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="329" />
        <source>accuracy {:g} m</source>
        <translation>dəqiqlik {:g} m</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="331" />
        <source>accuracy unknown</source>
        <translation>dəqiqlik naməlum</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="334" />
        <source>{}: {} ({}) to {} ({}) by “{}”, {}.</source>
        <translation>{}: {} ({}) sistemindən {} ({}) sisteminə “{}” ilə, {}.</translation>
    </message>
</context>
<context>
    <name>TurningPointsDialog</name>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="179" />
        <source>from the date</source>
        <translation>tarixə görə</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="207" />
        <source>North (N)</source>
        <translation>Şimal (N)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="208" />
        <source>South (S)</source>
        <translation>Cənub (S)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="213" />
        <source>Detect reads every form below; with a format chosen, a row in another one is refused. With Gauss–Krüger chosen, two bare numbers are X (north) then Y (east, with the zone).</source>
        <translation>Avtomatik aşağıdakı bütün formaları oxuyur; format seçildikdə başqa formatdakı sətir rədd edilir. Gauss–Krüger seçildikdə iki sadə ədəd X (şimal), sonra Y (şərq, zona ilə) kimi oxunur.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="309" />
        <location filename="../dialogs/turning_points/turning_points.ui" line="159" />
        <source>Hazard ID</source>
        <translation>Təhlükəli ərazi ID</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="309" />
        <source>e.g. CHA-TAR-0001</source>
        <translation>məs., CHA-TAR-0001</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="309" />
        <location filename="../dialogs/turning_points/turning_points.ui" line="354" />
        <source>Save hazard</source>
        <translation>Təhlükəli ərazini saxla</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="311" />
        <source>Release ID</source>
        <translation>Azad edilmə ID</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="312" />
        <source>optional: the dock's form has it</source>
        <translation>istəyə bağlı: panelin formasında var</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="313" />
        <source>Use for land release</source>
        <translation>Ərazinin azad edilməsi üçün istifadə et</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="315" />
        <source>Record ID</source>
        <translation>Formulyar ID</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="315" />
        <source>e.g. MFR-AGD-0017</source>
        <translation>məs., MFR-AGD-0017</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="315" />
        <source>Save minefield record</source>
        <translation>Mina sahəsi formulyarını saxla</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="464" />
        <source>{} (not used: no magnetic bearings)</source>
        <translation>{} (istifadə olunmur: maqnit azimutu yoxdur)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="471" />
        <source>Not needed: no magnetic bearings.</source>
        <translation>Lazım deyil: maqnit azimutu yoxdur.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="487" />
        <source>Longitude</source>
        <translation>Uzunluq</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="487" />
        <source>Latitude</source>
        <translation>Enlik</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="487" />
        <location filename="../dialogs/turning_points/table.py" line="145" />
        <source>Easting</source>
        <translation>Şərq koordinatı</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="487" />
        <location filename="../dialogs/turning_points/table.py" line="146" />
        <source>Northing</source>
        <translation>Şimal koordinatı</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="491" />
        <source>Computed, in {}</source>
        <translation>Hesablanıb, {} daxilində</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="494" />
        <source>Points computed in {}</source>
        <translation>{} daxilində hesablanmış nöqtələr</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="535" />
        <source>No land release database in the project: the points are only previewed.</source>
        <translation>Layihədə ərazinin azad edilməsi məlumat bazası yoxdur: nöqtələr yalnız ilkin baxışda göstərilir.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="538" />
        <source>The polygon is not complete or not valid yet.</source>
        <translation>Poliqon hələ tam və ya düzgün deyil.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="584" />
        <source>Import {}</source>
        <translation>{} idxalı</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="593" />
        <source>{} rows read from {}.</source>
        <translation>{} sətir {} faylından oxundu.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="597" />
        <source>Coordinates that cannot be read:</source>
        <translation>Oxuna bilməyən koordinatlar:</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="605" />
        <source>{} rows written to {}.</source>
        <translation>{} sətir {} faylına yazıldı.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="616" />
        <location filename="../dialogs/turning_points/dialog.py" line="624" />
        <source>Import points or legs</source>
        <translation>Nöqtələri və ya hissələri idxal et</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="616" />
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV faylları (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="626" />
        <source>Replace the {} rows of the table by the file's? (Undo brings them back.)</source>
        <translation>Cədvəlin {} sətri fayldakılarla əvəz edilsin? (Geri qaytar onları bərpa edir.)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="637" />
        <location filename="../dialogs/turning_points/dialog.py" line="639" />
        <source>Cannot read {}: {}</source>
        <translation>{} oxuna bilmir: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="643" />
        <source>Export the table</source>
        <translation>Cədvəli ixrac et</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="643" />
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="653" />
        <source>Cannot write {}: {}</source>
        <translation>{} yazıla bilmir: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="44" />
        <source>Detect</source>
        <translation>Avtomatik</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="45" />
        <source>UTM</source>
        <translation>UTM</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="46" />
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="47" />
        <source>Latitude/longitude</source>
        <translation>Enlik/uzunluq</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="48" />
        <source>Pulkovo 1942 / Gauss–Krüger</source>
        <translation>Pulkovo 1942 / Gauss–Krüger</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="55" />
        <source>UTM: 38N 612345 4412345, 38T 612345 4412345, UTM 38N E 612345 N 4412345
MGRS: 38TNK 12345 12345 or 38TNK1234512345
Latitude/longitude (latitude first; decimal point or comma):
  40.123456 46.654321 · 40,123456; 46,654321 · Lat 40.12 Lon 46.65
  40°07'24.4"N 46°39'15.6"E · 40-07-24.4N 46-39-15.6E · 400724N 0463916E
  4007.407N 04639.260E (NMEA) · 40°07'24" с.ш. 46°39'16" в.д.
Pulkovo 1942 / Gauss–Krüger (Soviet maps): X=4430293 Y=8664944, Х=… У=…,
  СК-42 X=… Y=… (X north, Y east with the zone number in front)</source>
        <translation>UTM: 38N 612345 4412345, 38T 612345 4412345, UTM 38N E 612345 N 4412345
MGRS: 38TNK 12345 12345 və ya 38TNK1234512345
Enlik/uzunluq (əvvəlcə enlik; onluq nöqtə və ya vergül):
  40.123456 46.654321 · 40,123456; 46,654321 · Lat 40.12 Lon 46.65
  40°07'24.4"N 46°39'15.6"E · 40-07-24.4N 46-39-15.6E · 400724N 0463916E
  4007.407N 04639.260E (NMEA) · 40°07'24" с.ш. 46°39'16" в.д.
Pulkovo 1942 / Gauss–Krüger (sovet xəritələri): X=4430293 Y=8664944, Х=… У=…,
  СК-42 X=… Y=… (X şimal, Y şərq, önündə zona nömrəsi ilə)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="68" />
        <source>E</source>
        <translation>şərq</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="68" />
        <source>W</source>
        <translation>qərb</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="87" />
        <source>{} as typed (the value on the record)</source>
        <translation>{} yazıldığı kimi (formulyardakı qiymət)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="88" />
        <source>{model} at point {point} on {date}: {value}</source>
        <translation>{model}, {point} nöqtəsində, {date} tarixində: {value}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="95" />
        <source>(the record gives the month only: its 15th is used)</source>
        <translation>(formulyarda yalnız ay göstərilib: ayın 15-i götürülür)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="102" />
        <source>Magnetic declination {} (entered: the value on the record)</source>
        <translation>Maqnit meyli {} (daxil edilib: formulyardakı qiymət)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="105" />
        <source>Magnetic declination {} ({} at point {} on {})</source>
        <translation>Maqnit meyli {} ({}, {} nöqtəsində, {} tarixində)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="115" />
        <source>No declination: give the record date, or type the value on the record.</source>
        <translation>Meyl yoxdur: formulyarın tarixini verin və ya formulyardakı qiyməti daxil edin.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="117" />
        <source>The IGRF value is taken at point 1: type its coordinate.</source>
        <translation>IGRF qiyməti 1-ci nöqtədə götürülür: onun koordinatını yazın.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="124" />
        <source>The record date {} cannot be read: write 1993-06-15 or 15.06.1993.</source>
        <translation>Formulyarın tarixi {} oxuna bilmir: 1993-06-15 və ya 15.06.1993 yazın.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="126" />
        <source>The record date {} reads as day/month and as month/day: write 1993-06-15 or 15.06.1993.</source>
        <translation>Formulyarın tarixi {} həm gün/ay, həm də ay/gün kimi oxunur: 1993-06-15 və ya 15.06.1993 yazın.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="129" />
        <source>The record date {} is not a day of the calendar.</source>
        <translation>Formulyarın tarixi {} təqvimdə olan gün deyil.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="130" />
        <source>The record date {} is a year alone: give the month at least.</source>
        <translation>Formulyarın tarixi {} yalnız ildir: ən azı ayı da verin.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="131" />
        <source>The record date {} has a two-digit year: write all four.</source>
        <translation>Formulyarın tarixi {}: il iki rəqəmlidir, dördünü də yazın.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="132" />
        <source>The record date {} is after today.</source>
        <translation>Formulyarın tarixi {} bu gündən sonradır.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="134" />
        <source>The IGRF covers 1900 to 2029 only ({}): type the declination printed on the record.</source>
        <translation>IGRF yalnız 1900 ilə 2029 arasını əhatə edir ({}): formulyarda yazılmış meyli daxil edin.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="137" />
        <source>The IGRF needs the Python package ppigrf, which is not installed: install it with Land Release ▸ Install Python Packages…, or type the declination printed on the record.</source>
        <translation>IGRF üçün ppigrf Python paketi lazımdır, o quraşdırılmayıb: onu Ərazinin azad edilməsi ▸ Python paketlərini quraşdır… ilə quraşdırın və ya qeyddə çap olunmuş meyli yazın.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="141" />
        <source>No IGRF value at the first point ({}).</source>
        <translation>Birinci nöqtədə IGRF qiyməti yoxdur ({}).</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="160" />
        <source>This is {} but the input format is {}: choose Detect or that format.</source>
        <translation>Bu, {} formatıdır, lakin giriş formatı {} seçilib: Avtomatik və ya həmin formatı seçin.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="172" />
        <source>The bearing {} is out of range: {} go from 0 to less than {} (north is 0).</source>
        <translation>{} azimutu diapazondan kənardadır: {} 0-dan {}-dən kiçik qiymətə qədərdir (şimal 0-dır).</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="175" />
        <location filename="../dialogs/turning_points/messages.py" line="241" />
        <source>Type the bearing.</source>
        <translation>Azimutu yazın.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="176" />
        <source>The bearing {} cannot be read in {}.</source>
        <translation>{} azimutu {} ilə oxuna bilmir.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="179" />
        <source>The bearing is too long: write one bearing.</source>
        <translation>Azimut çox uzundur: bir azimut yazın.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="180" />
        <source>A bearing cannot be negative: 0 is north, clockwise.</source>
        <translation>Azimut mənfi ola bilməz: 0 şimaldır, saat əqrəbi istiqamətində.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="181" />
        <source>Only the last part of a bearing may have decimals.</source>
        <translation>Onluq kəsr yalnız azimutun sonuncu hissəsində ola bilər.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="182" />
        <source>Minutes and seconds must be less than 60.</source>
        <translation>Dəqiqə və saniyələr 60-dan az olmalıdır.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="183" />
        <source>Write degrees, minutes and seconds in that order: 45°30'36".</source>
        <translation>Dərəcə, dəqiqə və saniyələri bu sırada yazın: 45°30'36".</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="184" />
        <source>A quadrant bearing goes from 0 to 90°: N45E, S30°W.</source>
        <translation>Rumb 0 ilə 90° arasındadır: N45E, S30°W.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="186" />
        <source>12-50 is written in Soviet mils: choose the unit Mils (6000) or write the bearing in {}.</source>
        <translation>12-50 sovet mili ilə yazılıb: Mil (6000) vahidini seçin və ya azimutu {} ilə yazın.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="190" />
        <source>Soviet mils are hundreds, a hyphen and two digits: 12-50 is 1250, 0-75 is 75.</source>
        <translation>Sovet mili yüzlüklər, defis və iki rəqəmdir: 12-50 1250-dir, 0-75 isə 75.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="193" />
        <source>The bearing is written in degrees but the unit is {}: choose degrees or name the unit after it (45 deg).</source>
        <translation>Azimut dərəcə ilə yazılıb, lakin vahid {} kimi seçilib: dərəcə seçin və ya vahidi azimutdan sonra yazın (45 deg).</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="197" />
        <source>The bearing {} is ambiguous: a decimal or a thousands separator? Write it without the separator.</source>
        <translation>{} azimutu birmənalı deyil: onluq, yoxsa minlik ayırıcı? Onu ayırıcısız yazın.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="200" />
        <source>Type the distance.</source>
        <translation>Məsafəni yazın.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="201" />
        <source>The distance {} is not a number.</source>
        <translation>{} məsafəsi rəqəm deyil.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="202" />
        <source>The distance cannot be negative.</source>
        <translation>Məsafə mənfi ola bilməz.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="203" />
        <source>Unknown bearing unit {}: use deg, mil6400, mil6000 or gon.</source>
        <translation>Naməlum azimut vahidi {}: deg, mil6400, mil6000 və ya gon istifadə edin.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="206" />
        <source>Unknown north {}: use grid, true or magnetic.</source>
        <translation>Naməlum şimal {}: grid, true və ya magnetic istifadə edin.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="207" />
        <source>The declination must lie between -180 and 180°, east positive.</source>
        <translation>Meyl -180 ilə 180° arasında olmalıdır, şərq müsbət.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="209" />
        <source>A magnetic bearing needs the declination: give the record date or type the value printed on the record.</source>
        <translation>Maqnit azimutu üçün meyl lazımdır: formulyarın tarixini verin və ya formulyarda yazılmış qiyməti daxil edin.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="212" />
        <source>True and magnetic bearings need a projected CRS that PROJ can read.</source>
        <translation>Həqiqi və maqnit azimutları PROJ-un oxuya bildiyi proyeksiyalı koordinat sistemi tələb edir.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="214" />
        <source>A polygon needs at least 3 distinct perimeter points (start, turning, intermediate, end).</source>
        <translation>Poliqona ən azı 3 fərqli perimetr nöqtəsi lazımdır (start, turning, intermediate, end).</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="230" />
        <source>Not computed: it starts from row {}, which has an error.</source>
        <translation>Hesablanmadı: xətası olan {} sətrindən başlayır.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="234" />
        <source>Magnetic, but no declination: {}</source>
        <translation>Maqnit, lakin meyl yoxdur: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="236" />
        <source>The point cannot be placed in {}.</source>
        <translation>Nöqtə {} daxilində yerləşdirilə bilmir.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="239" />
        <source>The first point must be a reference point, a benchmark or the start point.</source>
        <translation>Birinci nöqtə oriyentir nöqtəsi, reper və ya başlanğıc nöqtəsi olmalıdır.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="243" />
        <source>Type the coordinate of the first point (reference point, benchmark or start point).</source>
        <translation>Birinci nöqtənin koordinatını yazın (oriyentir nöqtəsi, reper və ya başlanğıc nöqtəsi).</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="246" />
        <source>The first point must be a coordinate (reference point, benchmark or start point): the legs start from it.</source>
        <translation>Birinci nöqtə koordinat olmalıdır (oriyentir nöqtəsi, reper və ya başlanğıc nöqtəsi): hissələr ondan başlayır.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="257" />
        <source>Type the first point's coordinate, then each point as a coordinate or as bearing and distance from the previous one.</source>
        <translation>Birinci nöqtənin koordinatını, sonra hər nöqtəni koordinat və ya əvvəlkindən azimut və məsafə kimi yazın.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="263" />
        <source>Row {}: {}</source>
        <translation>Sətir {}: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="267" />
        <source>({} more rows cannot be computed.)</source>
        <translation>(Daha {} sətir hesablana bilmir.)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="279" />
        <source>the districts' extent plus {} km ({})</source>
        <translation>rayonların əhatə dairəsi üstəgəl {} km ({})</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="282" />
        <source>the area of use of the database's CRS ({})</source>
        <translation>məlumat bazasının koordinat sisteminin istifadə ərazisi ({})</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="287" />
        <source>Outside the programme's area: {}.</source>
        <translation>Proqram ərazisindən kənarda: {}.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="309" />
        <source>closed</source>
        <translation>qapanıb</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="312" />
        <source>Closure error {error} m ({ratio}) — area {m2} m² ({ha} ha) — perimeter {perimeter} m</source>
        <translation>Qapanma xətası {error} m ({ratio}) — sahə {m2} m² ({ha} ha) — perimetr {perimeter} m</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="321" />
        <source>the end point closes onto the start</source>
        <translation>son nöqtə başlanğıca qapanır</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="323" />
        <source>the sides cross: not a valid polygon</source>
        <translation>tərəflər kəsişir: düzgün poliqon deyil</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="325" />
        <source>above the {} m tolerance: check the legs</source>
        <translation>{} m dözümlülükdən artıqdır: hissələri yoxlayın</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="329" />
        <source>rows {} lie outside the programme's area ({})</source>
        <translation>{} sətirləri proqram ərazisindən ({}) kənardadır</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="343" />
        <source>The file has neither a coordinate nor a bearing column: {}.</source>
        <translation>Faylda nə koordinat, nə də azimut sütunu var: {}.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="353" />
        <source>The file holds {} records; {} was read.</source>
        <translation>Faylda {} formulyar var; {} oxundu.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="357" />
        <source>Unknown point type {}: read as a turning point.</source>
        <translation>Naməlum nöqtə növü {}: dönmə nöqtəsi kimi oxundu.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="359" />
        <source>The file starts with a leg: type the coordinate of the point it starts from.</source>
        <translation>Fayl hissə ilə başlayır: onun başladığı nöqtənin koordinatını yazın.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="365" />
        <source>Row {} ({}): {}</source>
        <translation>Sətir {} ({}): {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="90" />
        <location filename="../dialogs/turning_points/table.py" line="141" />
        <location filename="../dialogs/turning_points/table.py" line="182" />
        <source>Coordinate</source>
        <translation>Koordinat</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="90" />
        <location filename="../dialogs/turning_points/table.py" line="142" />
        <location filename="../dialogs/turning_points/table.py" line="182" />
        <source>Bearing</source>
        <translation>Azimut</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="92" />
        <source>Change a point type</source>
        <translation>Nöqtə növünü dəyiş</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="96" />
        <source>Change an entry</source>
        <translation>Girişi dəyiş</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="165" />
        <location filename="../dialogs/turning_points/rows.py" line="262" />
        <source>Edit row {}</source>
        <translation>Sətri redaktə et ({})</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="183" />
        <source>Replace the rows</source>
        <translation>Sətirləri əvəz et</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="192" />
        <source>Add a row</source>
        <translation>Sətir əlavə et</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="203" />
        <source>Insert a row</source>
        <translation>Sətir daxil et</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="219" />
        <source>Delete rows</source>
        <translation>Sətirləri sil</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="232" />
        <source>Move a row</source>
        <translation>Sətri köçür</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="284" />
        <source>Clear cells</source>
        <translation>Xanaları təmizlə</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="305" />
        <source>Paste rows</source>
        <translation>Sətirləri yapışdır</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="50" />
        <source>{}: {} is not a whole number.</source>
        <translation>{}: {} tam ədəd deyil.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="52" />
        <source>{}: {} is not a number.</source>
        <translation>{}: {} rəqəm deyil.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="56" />
        <source>{} cannot be negative.</source>
        <translation>{} mənfi ola bilməz.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="58" />
        <source>{}: {} is outside {} to {}.</source>
        <translation>{}: {} qiyməti {} ilə {} aralığından kənardadır.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="76" />
        <source>Pulkovo 1942 ({}) to WGS 84 through {}{}</source>
        <translation>Pulkovo 1942 ({}) sistemindən WGS 84-ə {} vasitəsilə{}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="148" />
        <source>Points outside the programme's area</source>
        <translation>Proqram ərazisindən kənar nöqtələr</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="150" />
        <source>Rows {} lie outside the programme's area, {}. A slip in a coordinate (a swapped latitude, a wrong zone) puts a point there. Save them anyway?</source>
        <translation>{} sətirləri proqram ərazisindən ({}) kənardadır. Koordinatdakı səhv (yeri dəyişmiş enlik, yanlış zona) nöqtəni ora aparır. Yenə də saxlanılsın?</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="168" />
        <location filename="../dialogs/turning_points/saving.py" line="273" />
        <source>There is no land release database in the project.</source>
        <translation>Layihədə ərazinin azad edilməsi məlumat bazası yoxdur.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="171" />
        <location filename="../dialogs/turning_points/saving.py" line="239" />
        <location filename="../dialogs/turning_points/saving.py" line="304" />
        <source>The polygon is not complete.</source>
        <translation>Poliqon tam deyil.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="227" />
        <source>Typed as the coordinate {}: grid bearing and distance from the previous point in {}</source>
        <translation>{} koordinatı kimi yazılıb: əvvəlki nöqtədən şəbəkə azimutu və məsafə, {} daxilində</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="246" />
        <source>Record date written as {} (month only): the 15th is stored.</source>
        <translation>Formulyarın tarixi {} kimi yazılıb (yalnız ay): ayın 15-i saxlanılır.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="309" />
        <source>Nothing is waiting for the polygon: open the Turning points from the Record land release dock.</source>
        <translation>Poliqonu gözləyən heç nə yoxdur: Dönmə nöqtələri dialoqunu Ərazinin azad edilməsini qeydə al panelindən açın.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="316" />
        <source>Not used: correct the rows outside the area first.</source>
        <translation>İstifadə olunmadı: əvvəlcə ərazidən kənar sətirləri düzəldin.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="329" />
        <source>Nothing saved: correct the rows outside the area first.</source>
        <translation>Heç nə saxlanılmadı: əvvəlcə ərazidən kənar sətirləri düzəldin.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="334" />
        <source>Minefield record {} saved with {} legs and {} survey points.</source>
        <translation>{} mina sahəsi formulyarı {} hissə və {} tədqiqat nöqtəsi ilə saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="343" />
        <source>Hazard {} saved with {} survey points.</source>
        <translation>{} təhlükəli ərazisi {} tədqiqat nöqtəsi ilə saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="351" />
        <source>Land Release</source>
        <translation>Ərazinin azad edilməsi</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="138" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="139" />
        <source>Point type</source>
        <translation>Nöqtə növü</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="140" />
        <source>Entry</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="143" />
        <source>Distance (m)</source>
        <translation>Məsafə (m)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="144" />
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="147" />
        <source>X (north)</source>
        <translation>X (şimal)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="148" />
        <source>Y (east, with zone)</source>
        <translation>Y (şərq, zona ilə)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="149" />
        <source>Remarks</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="155" />
        <source>As written on the sheet:</source>
        <translation>Vərəqdə yazıldığı kimi:</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="157" />
        <source>From the previous point, in the unit and north chosen above: 45, 45.5, 45°30', N45E (degrees), 12-50 or 1250 (Soviet mils, 6000), 1333 (mils, 6400), 83.33 (gon). A bearing may name its own unit and north: 3400 mil6000 magnetic</source>
        <translation>Əvvəlki nöqtədən, yuxarıda seçilmiş vahid və şimalla: 45, 45.5, 45°30', N45E (dərəcə), 12-50 və ya 1250 (sovet mili, 6000), 1333 (mil, 6400), 83.33 (qon). Azimut öz vahidini və şimalını göstərə bilər: 3400 mil6000 magnetic</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="162" />
        <source>Coordinate: the point as a coordinate. Bearing: the point by bearing and distance from the previous one.</source>
        <translation>Koordinat: nöqtə koordinat kimi. Azimut: nöqtə əvvəlkindən azimut və məsafə ilə.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="165" />
        <source>From the previous point, metres</source>
        <translation>Əvvəlki nöqtədən, metrlə</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="166" />
        <source>Pulkovo 1942 / Gauss–Krüger X: northing, metres</source>
        <translation>Pulkovo 1942 / Gauss–Krüger X: şimal koordinatı, metr</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="167" />
        <source>Pulkovo 1942 / Gauss–Krüger Y: easting, metres, zone number in front</source>
        <translation>Pulkovo 1942 / Gauss–Krüger Y: şərq koordinatı, metr, önündə zona nömrəsi</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="168" />
        <source>OK and the format read, or why the row cannot be computed</source>
        <translation>OK və oxunan format, ya da sətrin niyə hesablana bilmədiyi</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="190" />
        <source>OK · MGRS · outside area</source>
        <translation>OK · MGRS · ərazidən kənar</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="211" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="213" />
        <source>OK · {}</source>
        <translation>OK · {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="215" />
        <source>outside area</source>
        <translation>ərazidən kənar</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="226" />
        <source>Pulkovo 1942 / Gauss–Krüger zone {} ({}), read as {}</source>
        <translation>Pulkovo 1942 / Gauss–Krüger, zona {} ({}), belə oxundu: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="232" />
        <source>accuracy {} m</source>
        <translation>dəqiqlik {} m</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="234" />
        <source>accuracy unknown</source>
        <translation>dəqiqlik naməlum</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="236" />
        <source>To WGS 84 through {} ({})</source>
        <translation>WGS 84-ə {} vasitəsilə ({})</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="240" />
        <source>Grid azimuth {:.4f}°</source>
        <translation>Şəbəkə azimutu {:.4f}°</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="254" />
        <source>Pulkovo 1942 / Gauss–Krüger: {}</source>
        <translation>Pulkovo 1942 / Gauss–Krüger: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="332" />
        <source>Not used: this point is given by bearing and distance</source>
        <translation>İstifadə olunmur: bu nöqtə azimut və məsafə ilə verilib</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="9" />
        <source>Turning points</source>
        <translation>Dönmə nöqtələri</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="17" />
        <source>Bearings and coordinates</source>
        <translation>Azimutlar və koordinatlar</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="22" />
        <source>Bearing unit</source>
        <translation>Azimut vahidi</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="29" />
        <source>Unit of the bearings typed in the table (a bearing may name its own: "3400 mil6000"); Soviet mils (6000) are written 12-50</source>
        <translation>Cədvəldə yazılan azimutların vahidi (azimut özününkünü göstərə bilər: "3400 mil6000"); sovet mili (6000) 12-50 kimi yazılır</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="34" />
        <source>North</source>
        <translation>Şimal</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="40" />
        <source>Grid bearings are planar in the working CRS; true and magnetic bearings follow the ellipsoid</source>
        <translation>Şəbəkə azimutları iş koordinat sistemində müstəvi üzərindədir; həqiqi və maqnit azimutları ellipsoid üzrə hesablanır</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="45" />
        <source>Record date</source>
        <translation>Formulyarın tarixi</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="51" />
        <source>The date of the record, as written on it: 1993-06-15, 15.06.1993 or a month (1993-06: the 15th is used). The magnetic declination of that date comes from the IGRF model</source>
        <translation>Formulyarın tarixi, onda yazıldığı kimi: 1993-06-15, 15.06.1993 və ya ay (1993-06: ayın 15-i götürülür). Həmin tarixin maqnit meyli IGRF modelindən götürülür</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="52" />
        <source>e.g. 15.06.1993</source>
        <translation>məs., 15.06.1993</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="57" />
        <source>Declination</source>
        <translation>Meyl</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="63" />
        <source>The magnetic declination printed on the record, degrees, east positive. Leave it at "from the date" to use the IGRF value at the first point on the record date</source>
        <translation>Formulyarda yazılmış maqnit meyli, dərəcə, şərq müsbət. Formulyarın tarixində birinci nöqtədəki IGRF qiymətini istifadə etmək üçün "tarixə görə" vəziyyətində saxlayın</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="85" />
        <source>Input format</source>
        <translation>Giriş formatı</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="94" />
        <source>UTM zone</source>
        <translation>UTM zonası</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="100" />
        <source>Zone of UTM coordinates typed without one ("600000 4400000")</source>
        <translation>Zonasız yazılmış UTM koordinatlarının zonası ("600000 4400000")</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="101" />
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="108" />
        <source>Hemisphere</source>
        <translation>Yarımkürə</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="114" />
        <source>Hemisphere of UTM coordinates typed without one</source>
        <translation>Yarımkürəsiz yazılmış UTM koordinatlarının yarımkürəsi</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="124" />
        <source>Show Gauss–Krüger X, Y</source>
        <translation>Gauss–Krüger X, Y göstər</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="125" />
        <source>Show the computed points also as Pulkovo 1942 / Gauss–Krüger X (north) and Y (east, with the zone number in front), as on Soviet maps</source>
        <translation>Hesablanmış nöqtələri sovet xəritələrində olduğu kimi Pulkovo 1942 / Gauss–Krüger X (şimal) və Y (şərq, önündə zona nömrəsi ilə) kimi də göstər</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="133" />
        <source>Save as</source>
        <translation>Belə saxla</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="140" />
        <source>Hazard</source>
        <translation>Təhlükəli ərazi</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="146" />
        <source>Land release</source>
        <translation>Ərazinin azad edilməsi</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="151" />
        <source>Minefield record</source>
        <translation>Mina sahəsi formulyarı</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="152" />
        <source>The record as typed: its minefield_record row, its traverse legs as entered and its survey points, the first of which landrelease:traverse takes as START</source>
        <translation>Yazıldığı kimi formulyar: onun minefield_record sətri, daxil edildiyi kimi gediş hissələri və tədqiqat nöqtələri; landrelease:traverse bunlardan birincisini START kimi götürür</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="168" />
        <source>Classification</source>
        <translation>Təsnifat</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="177" />
        <source>District</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="183" />
        <location filename="../dialogs/turning_points/turning_points.ui" line="183" />
        <location filename="../dialogs/turning_points/turning_points.ui" line="183" />
        <source>optional</source>
        <translation>istəyə bağlı</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="188" />
        <source>Document</source>
        <translation>Sənəd</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="199" />
        <source>Side</source>
        <translation>Tərəf</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="210" />
        <source>Mine types</source>
        <translation>Mina növləri</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="216" />
        <source>e.g. PMN-2, TM-62M</source>
        <translation>məs., PMN-2, TM-62M</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="221" />
        <source>Mines</source>
        <translation>Minalar</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="227" />
        <source>number recorded</source>
        <translation>qeydə alınmış say</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="232" />
        <source>Accuracy %</source>
        <translation>Dəqiqlik %</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="250" />
        <source>Add row</source>
        <translation>Sətir əlavə et</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="251" />
        <source>Add a row at the end (Enter in the last row does the same)</source>
        <translation>Sona sətir əlavə et (son sətirdə Enter də eyni işi görür)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="257" />
        <source>Insert</source>
        <translation>Daxil et</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="258" />
        <source>Insert a row above the current one</source>
        <translation>Cari sətrin üstünə sətir daxil et</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="264" />
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="265" />
        <source>Delete the selected rows</source>
        <translation>Seçilmiş sətirləri sil</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="271" />
        <source>Move up</source>
        <translation>Yuxarı</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="272" />
        <source>Move the selected rows up</source>
        <translation>Seçilmiş sətirləri yuxarı köçür</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="278" />
        <source>Move down</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="279" />
        <source>Move the selected rows down</source>
        <translation>Seçilmiş sətirləri aşağı köçür</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="286" />
        <source>Undo the last change to the rows (Ctrl+Z)</source>
        <translation>Sətirlərdəki son dəyişikliyi geri qaytar (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="293" />
        <source>Redo the change undone (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>Geri qaytarılmış dəyişikliyi təkrarla (Ctrl+Shift+Z və ya Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="304" />
        <source>Zoom to points</source>
        <translation>Nöqtələrə yaxınlaşdır</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="310" />
        <source>Import CSV…</source>
        <translation>CSV idxalı…</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="311" />
        <source>Read the points or legs from a CSV file (columns such as seq, point_type, coordinate, bearing, bearing_unit, north, distance_m, remarks)</source>
        <translation>Nöqtələri və ya hissələri CSV faylından oxu (seq, point_type, coordinate, bearing, bearing_unit, north, distance_m, remarks kimi sütunlar)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="317" />
        <source>Export CSV…</source>
        <translation>CSV ixracı…</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="318" />
        <source>Write the table to a CSV file (UTF-8)</source>
        <translation>Cədvəli CSV faylına yaz (UTF-8)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="326" />
        <source>Type or paste the points: Enter goes to the next row (and adds one at the end); paste rows copied from a spreadsheet or a text (tab or semicolon separated: point type, coordinate or bearing and distance)</source>
        <translation>Nöqtələri yazın və ya yapışdırın: Enter növbəti sətrə keçir (və sonda yeni sətir əlavə edir); cədvəldən və ya mətndən kopyalanmış sətirləri yapışdırın (tab və ya nöqtəli vergüllə ayrılmış: nöqtə növü, koordinat və ya azimut və məsafə)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="335" />
        <source>The closure error is the distance from the last perimeter point back to the start point; it is never hidden or adjusted</source>
        <translation>Qapanma xətası sonuncu perimetr nöqtəsindən başlanğıc nöqtəsinə qədər olan məsafədir; heç vaxt gizlədilmir və düzəldilmir</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="360" />
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/undo.py" line="60" />
        <location filename="../dialogs/turning_points/undo.py" line="141" />
        <location filename="../dialogs/turning_points/turning_points.ui" line="285" />
        <source>Undo</source>
        <translation>Geri qaytar</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/undo.py" line="64" />
        <location filename="../dialogs/turning_points/undo.py" line="146" />
        <location filename="../dialogs/turning_points/turning_points.ui" line="292" />
        <source>Redo</source>
        <translation>Təkrarla</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/undo.py" line="141" />
        <source>Undo: {} (Ctrl+Z)</source>
        <translation>Geri qaytar: {} (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/undo.py" line="144" />
        <source>Redo: {} (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>Təkrarla: {} (Ctrl+Shift+Z və ya Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="20" />
        <source>Type the coordinate.</source>
        <translation>Koordinatı yazın.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="22" />
        <source>Not a coordinate: write UTM (38N 612345 4412345), MGRS (38TNK 12345 12345), degrees (40.5 46.5), DMS (40°07'24"N 46°39'15"E) or Gauss–Krüger (X=4430293 Y=8664944). The tooltip of the column lists every form.</source>
        <translation>Koordinat deyil: UTM (38N 612345 4412345), MGRS (38TNK 12345 12345), dərəcə (40.5 46.5), DMS (40°07'24"N 46°39'15"E) və ya Gauss–Krüger (X=4430293 Y=8664944) yazın. Sütunun ipucunda bütün formalar sadalanır.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="27" />
        <source>It reads more than one way: {}. Write the symbols, hemisphere letters or a ; between latitude and longitude so that it reads one way only.</source>
        <translation>Bir neçə cür oxunur: {}. Yalnız bir cür oxunsun deyə işarələri, yarımkürə hərflərini yazın və ya enlik ilə uzunluq arasına ; qoyun.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="31" />
        <source>Decimal comma or two numbers? It reads {}. Separate latitude and longitude with a space or ;, or write decimal points.</source>
        <translation>Onluq vergül, yoxsa iki ədəd? Belə oxunur: {}. Enlik və uzunluğu boşluq və ya ; ilə ayırın, ya da onluq nöqtə yazın.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="34" />
        <source>A hemisphere letter is ambiguous: write N, S, E or W.</source>
        <translation>Yarımkürə hərfi birmənalı deyil: N, S, E və ya W yazın.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="35" />
        <source>The hemisphere letters do not match the numbers.</source>
        <translation>Yarımkürə hərfləri ədədlərə uyğun gəlmir.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="36" />
        <source>Give a minus sign or a hemisphere letter, not both.</source>
        <translation>Ya mənfi işarəsi, ya da yarımkürə hərfi verin, hər ikisini yox.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="37" />
        <source>Only one number: the latitude or the longitude is missing.</source>
        <translation>Yalnız bir ədəd: enlik və ya uzunluq yoxdur.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="38" />
        <source>Degrees, minutes and seconds are not in order.</source>
        <translation>Dərəcə, dəqiqə və saniyələr düzgün sırada deyil.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="39" />
        <source>The minutes must be less than 60.</source>
        <translation>Dəqiqələr 60-dan az olmalıdır.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="40" />
        <source>The seconds must be less than 60.</source>
        <translation>Saniyələr 60-dan az olmalıdır.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="42" />
        <source>The latitude is outside -90 to 90° (the latitude comes first).</source>
        <translation>Enlik -90 ilə 90° aralığından kənardadır (əvvəlcə enlik gəlir).</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="44" />
        <source>The longitude is outside -180 to 180°.</source>
        <translation>Uzunluq -180 ilə 180° aralığından kənardadır.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="46" />
        <source>No UTM zone: write it first (38N 600000 4400000) or choose the zone above.</source>
        <translation>UTM zonası yoxdur: onu əvvəldə yazın (38N 600000 4400000) və ya yuxarıda zonanı seçin.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="48" />
        <source>UTM zones go from 1 to 60.</source>
        <translation>UTM zonaları 1-dən 60-a qədərdir.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="49" />
        <source>After the zone write N or S (or the latitude band letter).</source>
        <translation>Zonadan sonra N və ya S (və ya enlik zolağının hərfini) yazın.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="50" />
        <source>The easting must lie between 100000 and 900000 m.</source>
        <translation>Şərq koordinatı 100000 ilə 900000 m arasında olmalıdır.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="51" />
        <source>The northing must lie between 0 and 10000000 m.</source>
        <translation>Şimal koordinatı 0 ilə 10000000 m arasında olmalıdır.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="53" />
        <source>The point is not in the latitude band written: check the band letter and the northing.</source>
        <translation>Nöqtə yazılmış enlik zolağında deyil: zolaq hərfini və şimal koordinatını yoxlayın.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="55" />
        <source>Polar coordinates (UPS) are not supported.</source>
        <translation>Qütb koordinatları (UPS) dəstəklənmir.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="56" />
        <source>These MGRS letters do not exist here: check the 100 km square.</source>
        <translation>Bu MGRS hərfləri burada mövcud deyil: 100 km-lik kvadratı yoxlayın.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="57" />
        <source>MGRS needs as many easting digits as northing digits (1 to 5).</source>
        <translation>MGRS-də şərq koordinatının rəqəmləri şimal koordinatınınkı qədər olmalıdır (1-dən 5-ə qədər).</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="58" />
        <source>This precision cannot be written.</source>
        <translation>Bu dəqiqlik yazıla bilməz.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="59" />
        <source>The text is too long for one coordinate.</source>
        <translation>Mətn bir koordinat üçün çox uzundur.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="60" />
        <source>Not a number (NaN or infinity).</source>
        <translation>Rəqəm deyil (NaN və ya sonsuzluq).</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="62" />
        <source>Compact and NMEA forms (400213N, 4002.22N) need their hemisphere letters.</source>
        <translation>Yığcam və NMEA formalarında (400213N, 4002.22N) yarımkürə hərfləri olmalıdır.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="65" />
        <source>This looks like Gauss–Krüger: write X= and Y= (X=4430293 Y=8664944), or choose Pulkovo 1942 / Gauss–Krüger as the input format.</source>
        <translation>Bu, Gauss–Krüger-ə oxşayır: X= və Y= yazın (X=4430293 Y=8664944) və ya giriş formatı kimi Pulkovo 1942 / Gauss–Krüger seçin.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="69" />
        <source>Gauss–Krüger Y needs the zone number in front (Y=8664944: zone 8): write the whole Y.</source>
        <translation>Gauss–Krüger Y-nin önündə zona nömrəsi olmalıdır (Y=8664944: zona 8): Y-ni tam yazın.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="71" />
        <source>Gauss–Krüger zones go from 4 to 32 (the first digits of Y).</source>
        <translation>Gauss–Krüger zonaları 4-dən 32-yə qədərdir (Y-nin ilk rəqəmləri).</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="72" />
        <source>This Gauss–Krüger X/Y lies outside its zone: check X and Y.</source>
        <translation>Bu Gauss–Krüger X/Y öz zonasından kənardadır: X və Y-ni yoxlayın.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="74" />
        <source>PROJ has no transformation from Pulkovo 1942 for this place: the point cannot be placed.</source>
        <translation>PROJ-da bu yer üçün Pulkovo 1942-dən çevrilmə yoxdur: nöqtə yerləşdirilə bilmir.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="98" />
        <source> or </source>
        <translation> və ya </translation>
    </message>
</context>
</TS>