<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AddHazards</name>
    <message>
        <location filename="../processing/addhazards.py" line="33" />
        <source>Add hazards to the database</source>
        <translation>Добавить опасные области в базу данных</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="35" />
        <source>Hazardous areas</source>
        <translation>Опасные области</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="39" />
        <source>Adds new hazardous areas, such as the results of Delineate CHA or Delineate SHA, to the hazard layer of a land release database, with their turning points, in one transaction: all are added or none, each insert in the edit log.

INPUT: polygons with the fields of the hazard layer (hazard_id, classification, status, district, parent_id...); other fields are left out. Each polygon must be valid and in one part.
POINTS: optional turning points (Delineate CHA's OUTPUT_POINTS) naming their hazard in owner_id or hazard_id, with point_type and seq; they become the hazard's survey points.
TARGET: the hazard layer of the land release database (GeoPackage or PostGIS) to add to.

A hazard_id that the database already holds (a second run of Delineate CHA numbers from 0001 again) gets the next free number of its series, and its points follow; the log lists each renumbered id. The estimated and remaining areas are the ellipsoidal areas, status open unless given. Nothing is written when one hazard is refused: the message names it and says why.</source>
        <translation>Добавляет новые опасные области, например результаты оконтуривания ПдОО или ПОО, в слой опасных областей базы данных высвобождения земель вместе с их поворотными точками, в одной транзакции: добавляются все или ни одна, каждая вставка — в журнале изменений.

INPUT: полигоны с полями слоя опасных областей (hazard_id, classification, status, district, parent_id...); прочие поля не переносятся. Каждый полигон должен быть допустимым и состоять из одной части.
POINTS: необязательные поворотные точки (OUTPUT_POINTS оконтуривания ПдОО), указывающие свою опасную область в owner_id или hazard_id, с point_type и seq; они становятся точками обследования этой области.
TARGET: слой опасных областей базы данных высвобождения земель (GeoPackage или PostGIS), в который добавлять.

hazard_id, который уже есть в базе (повторный запуск оконтуривания ПдОО снова нумерует с 0001), получает следующий свободный номер своей серии, и его точки следуют за ним; журнал перечисляет каждый перенумерованный id. Оценочная и оставшаяся площади — эллипсоидальные, статус «открыта», если не задан. Если хотя бы одна область отклонена, ничего не записывается: сообщение называет её и причину.</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="65" />
        <source>New hazards</source>
        <translation>Новые опасные области</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="66" />
        <source>Their turning points</source>
        <translation>Их поворотные точки</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="69" />
        <source>Hazard layer of the land release database</source>
        <translation>Слой опасных областей базы данных высвобождения земель</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="72" />
        <source>Hazards added</source>
        <translation>Добавлено опасных областей</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="73" />
        <source>Hazard ids renumbered</source>
        <translation>Перенумеровано id опасных областей</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="81" />
        <source>INPUT has no hazard to add.</source>
        <translation>В INPUT нет опасных областей для добавления.</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="91" />
        <source>{} is already in the database: added as {}.</source>
        <translation>{} уже есть в базе данных: добавлена как {}.</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="99" />
        <source>INPUT: nothing was added:
{}</source>
        <translation>INPUT: ничего не добавлено:
{}</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="102" />
        <source>{} hazard(s) added to {}: {}</source>
        <translation>{} опасных областей добавлено в {}: {}</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="115" />
        <source>TARGET must be the hazard layer of a land release database (GeoPackage or PostGIS): open the database with Land Release ▸ Open Database… and choose its hazard layer.</source>
        <translation>TARGET должен быть слоем опасных областей базы данных высвобождения земель (GeoPackage или PostGIS): откройте базу через «Высвобождение земель» ▸ «Открыть базу данных…» и выберите её слой опасных областей.</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="146" />
        <source>INPUT has no field hazard_id: give the hazards their ids first.</source>
        <translation>В INPUT нет поля hazard_id: сначала присвойте опасным областям id.</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="150" />
        <source>feature {}</source>
        <translation>объект {}</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="155" />
        <source>INPUT: {} has no finite coordinates (NaN or infinite); nothing was added.</source>
        <translation>INPUT: у {} нет конечных координат (NaN или бесконечность); ничего не добавлено.</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="160" />
        <source>INPUT: {} has no polygon; nothing was added.</source>
        <translation>INPUT: у {} нет полигона; ничего не добавлено.</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="175" />
        <source>POINTS has neither owner_id nor hazard_id: which hazard is a point of?</source>
        <translation>В POINTS нет ни owner_id, ни hazard_id: к какой опасной области относится точка?</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="186" />
        <source>point {} of {}</source>
        <translation>точка {} области {}</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="205" />
        <source>INPUT: {} lie(s) outside the programme's area ({}): check their coordinates and CRS; nothing was added.</source>
        <translation>INPUT: {} лежат вне района программы ({}): проверьте их координаты и систему координат; ничего не добавлено.</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="216" />
        <source>{}: {} cannot be brought into the database's CRS.</source>
        <translation>{}: {} нельзя перевести в систему координат базы данных.</translation>
    </message>
    <message>
        <location filename="../processing/addhazards.py" line="227" />
        <source>{}: {} has no finite coordinates (NaN or infinite); nothing was added.</source>
        <translation>{}: у {} нет конечных координат (NaN или бесконечность); ничего не добавлено.</translation>
    </message>
</context>
<context>
    <name>AreaReport</name>
    <message>
        <location filename="../processing/areareport.py" line="40" />
        <source>Area report (PDF and CSV)</source>
        <translation>Отчёт по территории (PDF и CSV)</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="42" />
        <source>Tasking and reports</source>
        <translation>Задачи и отчёты</translation>
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
        <translation>Печатает отчёт о высвобождении земель за период: опасные области (ПОО и ПдОО, число и площадь), высвобожденные земли по результату и методу, оставшаяся площадь и обнаруженные предметы, по районам и в целом, с ходом работ по месяцам и обзорной картой (PDF), и таблицу по районам (CSV).

HAZARDS: опасные области (hazard_id, classification, district).
RELEASES: высвобожденные участки (outcome, end_date, method, hazard_id, qa_status, ap_found, at_found, uxo_found, cm_found).
DISTRICTS: необязательные полигоны районов (code, name, name_en).
FROM, TO: необязательные даты периода (обе включительно).
DISTRICT: необязательно, только один район (его код или название).
ORGANISATION: необязательно, печатается на титульной странице.
LANGUAGE: язык, на котором печатается PDF (по умолчанию — язык интерфейса QGIS). CSV сохраняет английские названия столбцов.
OFFICIAL: какие высвобождения учитываются, как в сводке высвобождения земель. Выключено (по умолчанию, оперативные показатели): все сохранённые высвобождения, кроме не прошедших проверку (пустой qa_status означает «ожидает»). Включено (официальные показатели): только высвобождения, прошедшие проверку управления качеством; тогда в RELEASES нужно поле qa_status. Высвобождение, не прошедшее проверку управления качеством, не учитывается ни в одном показателе, включая обнаруженные предметы. Под заголовком отчёт указывает, какие показатели он печатает. Ожидает проверки (pending_m2 в CSV): на конец периода земля, высвобожденная только ещё не проверенными высвобождениями, учитывается один раз для каждой опасной области; официальные показатели считают её оставшейся, оперативные — высвобожденной.

Цифры — это цифры сводки высвобождения земель (тот же учёт): осталось = сводка на дату TO; высвобождено за период = сводка на дату TO минус сводка на день перед FROM. Поэтому высвобождение, завершённое до FROM, не входит в высвобожденные цифры, но его земля не входит и в остаток. Когда земля, высвобожденная до периода, получает в нём более сильный результат (сокращена, затем очищена), она переходит из одного результата в другой: результат за период тогда может быть отрицательным; их сумма — никогда.

Каждая опасная область учитывается отдельно, как в сводке: ПдОО обычно лежит внутри ПОО, поэтому столбцы площадей даны по классификации (ПОО, ПдОО), и их сумма учитывает эту землю дважды; hazard_ground_m2 и remaining_ground_m2 учитывают её один раз (площадь объединения опасных областей района).

Район опасной области: её поле district (код или название района), если задано, иначе полигон района, содержащий большую её часть, иначе 'Unknown district'. Район высвобождения: район опасной области, указанной его hazard_id, иначе опасной области, содержащей большую его часть, иначе полигон района, содержащий большую его часть. Обнаруженные предметы и число высвобождений учитывают высвобождения, завершённые за период и учитываемые (см. OFFICIAL).

OUTPUT: отчёт PDF. OUTPUT_CSV: таблица по районам (UTF-8, одна строка на район и строка TOTAL; площади в эллипсоидальных м²). Оба файла записываются под временными именами и в конце перемещаются на место: отменённый или неудачный запуск оставляет их такими, какими они были. Высвобождения, заканчивающиеся после сегодняшнего дня, нигде не учитываются, как и в сводке высвобождения земель.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="102" />
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="104" />
        <source>Hazardous areas</source>
        <translation>Опасные области</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="105" />
        <source>Land releases</source>
        <translation>Высвобожденные участки</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="106" />
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="107" />
        <source>From (date, optional)</source>
        <translation>С (дата, необязательно)</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="108" />
        <source>To (date, optional)</source>
        <translation>По (дата, необязательно)</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="109" />
        <source>Only this district (code or name)</source>
        <translation>Только этот район (код или название)</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="110" />
        <source>Organisation (title page)</source>
        <translation>Организация (титульная страница)</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="111" />
        <source>Language of the report</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="114" />
        <source>Official figures: only releases passed by quality management count</source>
        <translation>Официальные показатели: учитываются только высвобождения, прошедшие проверку управления качеством</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="116" />
        <source>Report (PDF)</source>
        <translation>Отчёт (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="116" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="118" />
        <source>Per-district table (CSV)</source>
        <translation>Таблица по районам (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="118" />
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="132" />
        <source>RELEASES has no field {}: the land releases need the fields outcome (cancelled, reduced or cleared) and end_date.</source>
        <translation>В RELEASES нет поля {}: высвобожденным участкам нужны поля outcome (cancelled, reduced или cleared) и end_date.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="140" />
        <source>HAZARDS has no features: there is nothing to report.</source>
        <translation>В HAZARDS нет объектов: отчитываться не о чем.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="167" />
        <source>Working CRS: {}</source>
        <translation>Рабочая система координат: {}</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="272" />
        <source>DISTRICT: unknown district '{}'. Known districts: {}.</source>
        <translation>DISTRICT: неизвестный район «{}». Известные районы: {}.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="273" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="345" />
        <source>Cancelled: no report was written (OUTPUT and OUTPUT_CSV are left as they were).</source>
        <translation>Отменено: отчёт не записан (OUTPUT и OUTPUT_CSV остались такими, какими были).</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="362" />
        <source>{}: {} of {}</source>
        <translation>{}: {} объекта {}</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="366" />
        <source>{}: text that no file can hold (an unpaired surrogate): correct it.</source>
        <translation>{}: текст, который невозможно сохранить ни в одном файле (непарный суррогат): исправьте его.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="386" />
        <source>RELEASES: {} release(s) end after today: not counted: {}.</source>
        <translation>RELEASES: высвобождений, заканчивающихся после сегодняшнего дня: {}; они не учитываются: {}.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="387" />
        <source>RELEASES: {} end_date(s) are no date: not counted: {}.</source>
        <translation>RELEASES: значений end_date, не являющихся датой: {}; они не учитываются: {}.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="388" />
        <source>RELEASES: {} release(s) ended before 1988: check the date: {}.</source>
        <translation>RELEASES: высвобождений, завершённых до 1988 года: {}; проверьте дату: {}.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="404" />
        <source>{} must be a polygon layer.</source>
        <translation>{} должен быть полигональным слоем.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="407" />
        <source>{} has no valid CRS: set its CRS first.</source>
        <translation>У {} нет допустимой системы координат: сначала задайте её.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="419" />
        <source>FROM ({}) is after TO ({}).</source>
        <translation>FROM ({}) позже, чем TO ({}).</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="431" />
        <source>{} is not a date: {}</source>
        <translation>{} — не дата: {}</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="457" />
        <source>{} district(s); {} SHA ({:.2f} ha), {} CHA ({:.2f} ha); released in the period {:.2f} ha ({:.2f} cancelled, {:.2f} reduced, {:.2f} cleared); remaining {:.2f} ha; pending review {:.2f} ha; {} release(s); items found AP {}, AT {}, UXO {}, CM {}; {} page(s).</source>
        <translation>Районов: {}; ПОО: {} ({:.2f} га), ПдОО: {} ({:.2f} га); высвобождено за период {:.2f} га ({:.2f} исключено, {:.2f} сокращено, {:.2f} очищено); осталось {:.2f} га; ожидает проверки {:.2f} га; высвобождений: {}; обнаружено ППМ {}, ПТМ {}, НРБ {}, КБ {}; страниц: {}.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="482" />
        <source>No land release in this period.</source>
        <translation>За этот период высвобождения земель не было.</translation>
    </message>
    <message>
        <location filename="../processing/areareport.py" line="486" />
        <source>The accounting met {} issue(s) (overlaps, releases outside hazards...): run the land release summary to see them.</source>
        <translation>При учёте обнаружено проблем: {} (перекрытия, высвобождения вне опасных областей...): запустите сводку высвобождения земель, чтобы их увидеть.</translation>
    </message>
</context>
<context>
    <name>CheckData</name>
    <message>
        <location filename="../processing/checkdata.py" line="45" />
        <source>Check land release data</source>
        <translation>Проверить данные высвобождения земель</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="47" />
        <source>Data quality</source>
        <translation>Качество данных</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="51" />
        <source>Checks hazards, land releases and evidence and writes one point per problem found, with its code, severity (error or warning), layer, feature_id (the feature's hazard_id, release_id or evidence_id; else its feature id), input_fid (its feature id) and a message.

Give at least one of HAZARDS, RELEASES and EVIDENCE; the checks between layers run when both layers are given. Everything is compared in metres, in the CRS of the first input (or its UTM zone when it is geographic).

Errors: invalid_geometry (with the reason and place GEOS reports, or no geometry), too_few_vertices (a ring with fewer than 3 distinct vertices), duplicate_id, missing_field (a field the data model requires is empty, or the layer lacks it), date_order (end_date before start_date; status_changed_on before recorded_on), release_outside_hazard (more than 1 m² and 0.1 % of a release outside every hazard), release_larger_than_hazard (a release larger than the hazard it names), unknown_hazard (a release naming no hazard), outside_area (a vertex, or the point, outside the programme's area: the extent of the layer's land release database's districts plus 10 km, or without districts the area of use of the layer's CRS, for UTM its zone; a swapped latitude and longitude, a decimal comma or a wrong UTM or Gauss–Krüger zone puts a point thousands of kilometres away), bad_code (a value outside its code list: outcome 'burnt'), bad_date (a date after today, or text that is no date in the form YYYY-MM-DD: '31.02.2020', also as stored in a GeoPackage, where QGIS shows it empty), multipart (a feature of more than one part), area_mismatch (estimated_area_m2 or area_m2 empty or more than 0.1 % from the WGS 84 area of the geometry), remaining_mismatch (a hazard's remaining_area_m2 or status not what its releases give as of today, releases ending later not counted: give the whole RELEASES layer), log_mismatch (the edit log of the layers' land release database does not match its rows: a row changed, added or deleted without its entry, an entry out of order or missing, a log trigger missing or altered, an entry changed after it was sealed).
Warnings: duplicate_geometry (equal within 1 cm), long_segment (longer than 5 km: a vertex in the wrong place), overlap (hazards of the same classification sharing more than 0.9 % of the smaller), cha_without_evidence (a CHA with no direct evidence point inside), missing_district, bad_date before 1988, remaining_mismatch of a hazard whose figures wait to be recomputed (remaining empty, status unknown).

The edit log of a GeoPackage is sealed in a hash chain: each run verifies the entries sealed before, seals the newer ones and writes the chain's head in the log; keep that line outside the database to prove later that the log was not rewritten.

Features with invalid geometry are always read, whatever the Processing setting for invalid geometries.</source>
        <translation>Проверяет опасные области, высвобожденные участки и доказательства и записывает по одной точке на каждую найденную проблему: её код, серьёзность (error — ошибка или warning — предупреждение), слой, feature_id (hazard_id, release_id или evidence_id объекта; иначе номер объекта), input_fid (номер объекта) и сообщение.

Укажите хотя бы один из слоёв HAZARDS, RELEASES и EVIDENCE; проверки между слоями выполняются, когда заданы оба слоя. Всё сравнивается в метрах, в системе координат первого входного слоя (или в его зоне UTM, если она географическая).

Ошибки: invalid_geometry (с причиной и местом, которые сообщает GEOS, или геометрия отсутствует), too_few_vertices (кольцо менее чем с 3 различными вершинами), duplicate_id, missing_field (поле, обязательное в модели данных, пусто или отсутствует в слое), date_order (end_date раньше start_date; status_changed_on раньше recorded_on), release_outside_hazard (более 1 м² и 0,1 % высвобожденного участка вне всех опасных областей), release_larger_than_hazard (высвобожденный участок больше указанной в нём опасной области), unknown_hazard (высвобожденный участок ссылается на несуществующую опасную область), outside_area (вершина или точка вне территории программы, то есть вне охвата районов базы данных высвобождения земель этого слоя плюс 10 км, а без районов — вне области применения системы координат слоя, для UTM — её зоны; из-за перепутанных широты и долготы, десятичной запятой или неверной зоны UTM или Гаусса–Крюгера точка оказывается за тысячи километров), bad_code (значение вне своего кодификатора: outcome 'burnt'), bad_date (дата позже сегодняшнего дня или текст, не являющийся датой в форме YYYY-MM-DD: '31.02.2020', в том числе в том виде, как он хранится в GeoPackage, где QGIS показывает его пустым), multipart (объект из более чем одной части), area_mismatch (estimated_area_m2 или area_m2 пусто или отличается более чем на 0,1 % от площади геометрии на WGS 84), remaining_mismatch (remaining_area_m2 или status опасной области не совпадает с тем, что дают её высвобождения на сегодняшний день, без учёта заканчивающихся позже: укажите весь слой RELEASES), log_mismatch (журнал изменений базы данных высвобождения земель этих слоёв не соответствует её строкам: строка изменена, добавлена или удалена без своей записи, запись не по порядку или отсутствует, триггер журнала отсутствует или изменён, запись изменена после того, как была запечатана).
Предупреждения: duplicate_geometry (совпадает с точностью до 1 см), long_segment (длиннее 5 км: вершина не на своём месте), overlap (опасные области одной классификации перекрываются более чем на 0,9 % меньшей из них), cha_without_evidence (ПдОО без точки прямого доказательства внутри), missing_district, bad_date до 1988 года, remaining_mismatch опасной области, цифры которой ждут пересчёта (оставшаяся площадь пуста, статус unknown).

Журнал изменений GeoPackage запечатывается в цепочку хешей: каждый запуск проверяет ранее запечатанные записи, запечатывает новые и пишет в журнал выполнения строку с последним звеном цепочки; сохраните эту строку вне базы данных, чтобы позже доказать, что журнал изменений не был переписан.

Объекты с недопустимой геометрией читаются всегда, независимо от настройки Processing для недопустимых геометрий.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="109" />
        <source>Hazardous areas</source>
        <translation>Опасные области</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="110" />
        <source>Land releases</source>
        <translation>Высвобожденные участки</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="111" />
        <source>Evidence points</source>
        <translation>Точки доказательств</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="112" />
        <source>Findings</source>
        <translation>Результаты проверки</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="113" />
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="114" />
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="177" />
        <source>a polygon layer</source>
        <translation>полигональным слоем</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="179" />
        <source>a point layer</source>
        <translation>точечным слоем</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="181" />
        <source>{} must be {}.</source>
        <translation>{} должен быть {}.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="184" />
        <source>{} has no valid CRS: set its CRS first.</source>
        <translation>У слоя {} нет допустимой системы координат: сначала задайте её.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="189" />
        <source>Give at least one of HAZARDS, RELEASES, EVIDENCE.</source>
        <translation>Укажите хотя бы один из слоёв HAZARDS, RELEASES, EVIDENCE.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="199" />
        <source>Working CRS: {}</source>
        <translation>Рабочая система координат: {}</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="215" />
        <source>{}: {} feature(s), {} without geometry.</source>
        <translation>{}: объектов — {}, из них без геометрии — {}.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="227" />
        <source>The stored dates of {} cannot be read ({}).</source>
        <translation>Не удаётся прочитать даты, хранящиеся в {} ({}).</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="246" />
        <source>outside_area not checked on the {} layer: it is not in a land release database with districts, and QGIS knows no area of use for its CRS {}.</source>
        <translation>outside_area не проверено в слое {}: он не входит в базу данных высвобождения земель с районами, а QGIS не знает области применения его системы координат {}.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="252" />
        <source>its database's districts plus {} km</source>
        <translation>районы его базы данных плюс {} км</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="254" />
        <source>the area of use of its CRS</source>
        <translation>область применения его системы координат</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="257" />
        <source>Programme's area of the {} layer ({}): {}.</source>
        <translation>Территория программы для слоя {} ({}): {}.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="280" />
        <source>remaining_mismatch compares each hazard with the land releases given: {} of the layer's {} (a selection or a filter). Give the whole layer to compare with all of them.</source>
        <translation>remaining_mismatch сравнивает каждую опасную область с заданными высвобождениями: {} из {} в слое (выборка или фильтр). Укажите весь слой, чтобы сравнить со всеми.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="300" />
        <source>log_mismatch not checked: HAZARDS and RELEASES are not layers of a land release database (GeoPackage or PostGIS), which keeps the edit log.</source>
        <translation>log_mismatch не проверено: HAZARDS и RELEASES — не слои базы данных высвобождения земель (GeoPackage или PostGIS), в которой ведётся журнал изменений.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="310" />
        <source>log_mismatch not checked: {} has no edit_log table.</source>
        <translation>log_mismatch не проверено: в {} нет таблицы edit_log.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="324" />
        <source>Edit log of {}: {} entries (on PostGIS the log is protected by the database's permissions: editors cannot write it).</source>
        <translation>Журнал изменений {}: записей — {} (в PostGIS журнал защищён правами базы данных: редакторы не могут в него писать).</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="333" />
        <source>Edit log of {}: {} entries, sealed up to entry {} with the hash {}. Keep this line outside the database: a later check showing another hash for that entry proves the log was rewritten.</source>
        <translation>Журнал изменений {}: записей — {}, запечатан до записи {} с хешем {}. Сохраните эту строку вне базы данных: если более поздняя проверка покажет для этой записи другой хеш, это докажет, что журнал переписан.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="346" />
        <source>{} newer edit log entries could not be sealed: {}</source>
        <translation>Не удалось запечатать новые записи журнала изменений (количество: {}): {}</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="349" />
        <source>{} newer edit log entries sealed now.</source>
        <translation>Запечатано новых записей журнала изменений: {}.</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="354" />
        <source>its layer '{}' is not one the log records ({})</source>
        <translation>её слой '{}' не входит в число слоёв, которые ведёт журнал ({})</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="358" />
        <source>its action '{}' is none of {}</source>
        <translation>её действие '{}' не является ни одним из {}</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="362" />
        <source>it names no feature (feature_uuid is empty)</source>
        <translation>в ней не указан объект (feature_uuid пусто)</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="364" />
        <source>its 'before' JSON is missing or not readable</source>
        <translation>её JSON 'before' отсутствует или не читается</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="365" />
        <source>its 'after' JSON is missing or not readable</source>
        <translation>её JSON 'after' отсутствует или не читается</translation>
    </message>
    <message>
        <location filename="../processing/checkdata.py" line="403" />
        <source>{} error(s), {} warning(s).</source>
        <translation>Ошибок: {}, предупреждений: {}.</translation>
    </message>
</context>
<context>
    <name>CompletionReport</name>
    <message>
        <location filename="../processing/completionreport.py" line="30" />
        <location filename="../processing/completionreport.py" line="93" />
        <source>Completion report (PDF)</source>
        <translation>Отчёт о завершении работ (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="32" />
        <source>Tasking and reports</source>
        <translation>Задачи и отчёты</translation>
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
        <translation>Отчёт о завершении работ и акт передачи земель закрытых опасных областей (IMAS 08.30): один PDF, по серии страниц на каждую опасную область, по порядку hazard_id.

HAZARDS: опасные области (hazard_id). Без «Только выбранные объекты» незакрытые опасные области (по учёту высвобождения земель у них остаётся площадь) не включаются и перечисляются в журнале; если ни одна не закрыта, запуск отклоняется. Выбранные объекты печатаются как есть: у незакрытой опасной области из выбора в акте стоит строка «НЕ ЗАКРЫТА».
RELEASES: высвобожденные участки (release_id, hazard_id, outcome, method, depth_cm, organisation, team, start_date, end_date, qa_status, ap_found, at_found, uxo_found, cm_found; reviewed_by и reviewed_on печатаются, если есть).
LANGUAGE: язык PDF (по умолчанию — язык интерфейса QGIS); числа по правилам этого языка (английский 1,234.56; азербайджанский и русский 1 234,56).
POINTS: необязательные поворотные точки (точки обследования с owner_id, point_type, seq и marker либо точки с hazard_id). Без них, а также для опасной области без точек, нумеруются её вершины по часовой стрелке начиная с самой северной, и на странице это указано.
ORGANISATION: печатается вверху каждой страницы.
PHOTOS: если отмечено, после страниц каждой опасной области печатается страница с фотографиями его высвобожденных участков, точек обследования из POINTS, относящихся к нему или к его участкам, и доказательств его базы данных внутри него (под каждым фото — ID объекта и имя файла; фото, которые не удаётся прочитать, названы на странице). Для опасной области без фотографий такая страница не печатается.

Для каждой опасной области: страница карты (область с пронумерованными точками на сетке UTM, масштабная линейка, стрелка севера сетки со сближением меридианов и магнитным склонением в центре области на дату печати, IGRF-14) с таблицей точек (восток, север, широта/долгота, MGRS, дирекционный и магнитный азимут и расстояние до следующей точки, знак на местности), которая продолжается на следующих страницах карты, если точки не помещаются; акт (исходная, исключённая, сокращённая, очищенная и оставшаяся площадь, высвобождено по методу, очищено по глубине, обнаруженные и уничтоженные предметы, даты работ, организации и группы, результат управления качеством, координаты и датум, а также блоки подписей оператора, специалиста по управлению качеством, национального органа и представителя местного сообщества); приложение со списком всех высвобождений, покрывающих часть опасной области или указывающих её, с их статусом контроля качества.

Показатели — это показатели сводки высвобождения земель (тот же учёт, на сегодня): учитывается каждое сохранённое высвобождение (qa_status pending или passed), кроме не прошедшего контроль или с неизвестным кодом qa_status — такие перечисляются и никогда не учитываются. Площади эллипсоидальные (WGS 84).

Отклоняются: OUTPUT, не являющийся файлом .pdf, пустые слои, отсутствующие поля, координаты NaN или бесконечность, недопустимые полигоны опасных областей, опасные области вне территории программы. PDF записывается под временным именем и в конце перемещается в OUTPUT: отменённый или неудачный запуск оставляет OUTPUT как был.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="87" />
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="89" />
        <source>Closed hazards (or a selection)</source>
        <translation>Закрытые опасные области (или выбранные)</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="90" />
        <source>Land releases</source>
        <translation>Высвобожденные участки</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="91" />
        <source>Language of the report</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="93" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="97" />
        <source>Turning points (owner_id or hazard_id; point_type, seq, marker)</source>
        <translation>Поворотные точки (owner_id или hazard_id; point_type, seq, marker)</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="101" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="104" />
        <source>Print the photos of the releases, survey points and evidence</source>
        <translation>Печатать фотографии высвобожденных участков, точек обследования и доказательств</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="124" />
        <source>OUTPUT must be a .pdf file: {}</source>
        <translation>OUTPUT должен быть файлом .pdf: {}</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="128" />
        <source>{} must be a polygon layer.</source>
        <translation>{} должен быть полигональным слоем.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="133" />
        <source>{} has no field {}: give the land release database's layer (hazard or land_release) or add the fields.</source>
        <translation>В {} нет поля {}: укажите слой базы данных высвобождения земель (hazard или land_release) или добавьте поля.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="140" />
        <source>{} has no features (or none selected): there is nothing to report.</source>
        <translation>В {} нет объектов (или ни один не выбран): отчитываться не о чем.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="149" />
        <source>POINTS must be a point layer.</source>
        <translation>POINTS должен быть точечным слоем.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="152" />
        <source>POINTS needs a field that names the area: {}.</source>
        <translation>В POINTS нужно поле, указывающее область: {}.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="166" />
        <source>Map and grid CRS: {}</source>
        <translation>Система координат карты и сетки: {}</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="182" />
        <source>{} page(s) for {} hazard(s) written to {}</source>
        <translation>Страниц: {} (опасных областей: {}) записано в {}</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="200" />
        <source>HAZARDS: {} hazard(s) have an invalid polygon: {}. Repair them (Check land release data lists them) before printing the completion report.</source>
        <translation>HAZARDS: опасных областей с недопустимым полигоном: {} — {}. Исправьте их (алгоритм «Проверить данные высвобождения земель» их перечисляет) перед печатью отчёта о завершении работ.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="206" />
        <source>HAZARDS: {} feature(s) without geometry or area skipped: {}.</source>
        <translation>HAZARDS: пропущено объектов без геометрии или площади: {} — {}.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="211" />
        <source>No feature of HAZARDS has a polygon to print.</source>
        <translation>Ни у одного объекта HAZARDS нет полигона для печати.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="218" />
        <source>HAZARDS: {} hazard(s) lie outside the programme's area: {}. A coordinate is wrong (a latitude read as a UTM zone, a swapped axis, a wrong CRS): correct it before printing a handover certificate.</source>
        <translation>HAZARDS: опасных областей вне территории программы: {} — {}. Координата неверна (широта, прочитанная как зона UTM, перепутанные оси, неверная система координат): исправьте её перед печатью акта передачи.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="247" />
        <source>HAZARDS: {} hazard(s) have no hazard_id: {}. Give each its id.</source>
        <translation>HAZARDS: опасных областей без hazard_id: {} — {}. Присвойте каждой её идентификатор.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="252" />
        <source>{} (features {})</source>
        <translation>{} (объекты {})</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="259" />
        <source>HAZARDS: {} hazard_id(s) are on more than one hazard: {}. Correct them (Check land release data lists them as duplicate_id).</source>
        <translation>HAZARDS: hazard_id, повторяющихся у нескольких опасных областей: {} — {}. Исправьте их (алгоритм «Проверить данные высвобождения земель» перечисляет их как duplicate_id).</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="300" />
        <source>{} ({} m² remaining)</source>
        <translation>{} (осталось {} м²)</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="308" />
        <source>{} selected hazard(s) are not closed: {}. Their certificate says so.</source>
        <translation>Выбранных опасных областей, которые не закрыты: {} — {}. В их акте это указано.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="316" />
        <source>No hazard of HAZARDS is closed: {}. A completion report hands over closed hazards only; to print one that is not closed, select it and run on the selected features.</source>
        <translation>Ни одна опасная область в HAZARDS не закрыта: {}. Отчёт о завершении работ передаёт только закрытые опасные области; чтобы напечатать незакрытую, выберите её и запустите только для выбранных объектов.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="323" />
        <source>{} hazard(s) are not closed and are left out: {}.</source>
        <translation>Не закрыто и не включено в отчёт опасных областей: {} — {}.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="342" />
        <source>{} of {} (seq {})</source>
        <translation>{} из {} (seq {})</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="347" />
        <source>POINTS: {} point(s) have a coordinate that is NaN or infinite, or are several points in one feature: {}. Correct them: a turning point must be one place.</source>
        <translation>POINTS: точек с координатой NaN или бесконечностью либо нескольких точек в одном объекте: {} — {}. Исправьте их: поворотная точка должна быть одним местом.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="398" />
        <source>The photo {} of {} cannot be printed: {}</source>
        <translation>Фото {} объекта {} не удаётся напечатать: {}</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="405" />
        <source>{} hazard(s) have no turning points in POINTS: their vertices are numbered instead, and their page says so.</source>
        <translation>Опасных областей без поворотных точек в POINTS: {}; вместо них нумеруются вершины, и на странице это указано.</translation>
    </message>
    <message>
        <location filename="../processing/completionreport.py" line="438" />
        <source>Cancelled: no completion report was written (OUTPUT is left as it was).</source>
        <translation>Отменено: отчёт о завершении работ не записан (OUTPUT остался таким, каким был).</translation>
    </message>
</context>
<context>
    <name>CompletionReportLayout</name>
    <message>
        <location filename="../layouts/completion_report.py" line="51" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="52" />
        <source>Quality management officer</source>
        <translation>Специалист по управлению качеством</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="53" />
        <source>National mine action authority</source>
        <translation>Национальный орган по разминированию</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="54" />
        <source>Local community representative</source>
        <translation>Представитель местного сообщества</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="56" />
        <source>Marker</source>
        <translation>Знак на местности</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="58" />
        <source>AP mines</source>
        <translation>ППМ</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="59" />
        <source>AT mines</source>
        <translation>ПТМ</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="60" />
        <location filename="../layouts/completion_report.py" line="370" />
        <source>UXO</source>
        <translation>НРБ</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="61" />
        <source>Cluster munitions</source>
        <translation>Кассетные боеприпасы</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="98" />
        <source>Completion report</source>
        <translation>Отчёт о завершении работ</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="135" />
        <source>Photos of its releases, points and evidence</source>
        <translation>Фотографии высвобожденных участков, точек и доказательств</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="143" />
        <source>Completion report — {}</source>
        <translation>Отчёт о завершении работ — {}</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="148" />
        <source>Printed {}</source>
        <translation>Напечатано: {}</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="155" />
        <source>Handover certificate (IMAS 08.30)</source>
        <translation>Акт передачи земель (IMAS 08.30)</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="157" />
        <source>district {}</source>
        <translation>район {}</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="171" />
        <source>Hatched: the hazard. Dots: its points, numbered as in the table.</source>
        <translation>Штриховка: опасная область. Точки: её точки, пронумерованные как в таблице.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="177" />
        <source>The table continues on the next page.</source>
        <translation>Таблица продолжается на следующей странице.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="206" />
        <source>NOT CLOSED: {} ha of this hazard remain. It cannot be handed over until the remaining area is released.</source>
        <translation>НЕ ЗАКРЫТА: в этой опасной области осталось {} га. Её нельзя передать, пока оставшаяся площадь не высвобождена.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="214" />
        <source>QUALITY MANAGEMENT NOT COMPLETE: {} release(s) not yet passed. Sign when every release has passed.</source>
        <translation>УПРАВЛЕНИЕ КАЧЕСТВОМ НЕ ЗАВЕРШЕНО: ещё не прошли контроль высвобождений: {}. Подписывайте, когда все высвобождения пройдут контроль.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="222" />
        <source>Land release figures — status: {}</source>
        <translation>Показатели высвобождения земель — статус: {}</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="225" />
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="225" />
        <location filename="../layouts/completion_report.py" line="249" />
        <source>ha</source>
        <translation>га</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="225" />
        <source>m²</source>
        <translation>м²</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="226" />
        <source>Original area</source>
        <translation>Исходная площадь</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="227" />
        <source>Cancelled (non-technical survey)</source>
        <translation>Исключено (нетехническое обследование)</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="229" />
        <source>Reduced (technical survey)</source>
        <translation>Сокращено (техническое обследование)</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="230" />
        <source>Cleared</source>
        <translation>Очищено</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="231" />
        <source>Remaining</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="236" />
        <source>Released by method (ha)</source>
        <translation>Высвобождено по методу (га)</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="238" />
        <location filename="../layouts/completion_report.py" line="369" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="245" />
        <source>Nothing released</source>
        <translation>Высвобожденной площади нет</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="248" />
        <source>Cleared by clearance depth</source>
        <translation>Очищено по глубине очистки</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="249" />
        <source>Depth</source>
        <translation>Глубина</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="251" />
        <source>{} cm</source>
        <translation>{} см</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="251" />
        <location filename="../layouts/completion_report.py" line="477" />
        <source>Not recorded</source>
        <translation>Не указана</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="254" />
        <source>Nothing cleared</source>
        <translation>Очищенной площади нет</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="259" />
        <source>Work, items and quality management</source>
        <translation>Работы, предметы и управление качеством</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="263" />
        <source>Work from {} to {}; {} release(s) counted.</source>
        <translation>Работы с {} по {}; учтено высвобождений: {}.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="266" />
        <source>Organisations: {}</source>
        <translation>Организации: {}</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="267" />
        <source>Teams: {}</source>
        <translation>Группы: {}</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="270" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="273" />
        <source>Items found and destroyed</source>
        <translation>Обнаружено и уничтожено</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="280" />
        <source>Quality management: {} passed, {} pending, {} failed.</source>
        <translation>Управление качеством: пройдено — {}, ожидает — {}, не пройдено — {}.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="287" />
        <source>Unknown QA status, not counted: {}.</source>
        <translation>Неизвестный статус контроля качества, не учитывается: {}.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="290" />
        <source>Every counted release passed quality management.</source>
        <translation>Все учтённые высвобождения прошли контроль качества.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="294" />
        <source>Not every counted release has passed quality management: the figures include {} release(s) not yet passed.</source>
        <translation>Не все учтённые высвобождения прошли контроль качества: в показатели входят ещё не прошедшие высвобождения: {}.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="299" />
        <source>Failed releases are listed in the annex and never counted.</source>
        <translation>Не прошедшие контроль высвобождения перечислены в приложении и никогда не учитываются.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="306" />
        <source>Reviewed by: {}</source>
        <translation>Проверил: {}</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="313" />
        <source>Coordinates: grid {}; latitude/longitude and MGRS on WGS 84.</source>
        <translation>Координаты: сетка {}; широта/долгота и MGRS на WGS 84.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="318" />
        <source>Figures: the land release accounting of the land release summary; releases pending or passed by quality management count, failed ones never; areas ellipsoidal (WGS 84).</source>
        <translation>Показатели: учёт сводки высвобождения земель; учитываются высвобождения, ожидающие контроля качества или прошедшие его, не прошедшие — никогда; площади эллипсоидальные (WGS 84).</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="327" />
        <source>Handover</source>
        <translation>Передача</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="330" />
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="330" />
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="330" />
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="330" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="364" />
        <source>Annex: the land releases of the hazard</source>
        <translation>Приложение: высвобождения опасной области</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="369" />
        <source>Release</source>
        <translation>Высвобождение</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="369" />
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="369" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="369" />
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="370" />
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="370" />
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="370" />
        <source>Depth cm</source>
        <translation>Глубина см</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="370" />
        <source>AP</source>
        <translation>ППМ</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="370" />
        <source>AT</source>
        <translation>ПТМ</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="370" />
        <source>CM</source>
        <translation>КБ</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="371" />
        <source>QA</source>
        <translation>КК</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="371" />
        <source>Reviewed by</source>
        <translation>Проверил</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="371" />
        <source>Reviewed on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="382" />
        <source>No land release covers this hazard.</source>
        <translation>Ни одно высвобождение не покрывает эту опасную область.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="386" />
        <source>Every release that covers part of the hazard or names it. A failed release (QA failed) is never counted in the figures: re-working it is a new release; nor is a release whose QA status is no known code. Depth: clearance depth in cm. Items: AP anti-personnel mines, AT anti-tank mines, UXO unexploded ordnance, CM cluster munition remnants.</source>
        <translation>Все высвобождения, покрывающие часть опасной области или указывающие её. Высвобождение, не прошедшее контроль качества (КК: не пройден), никогда не учитывается в показателях: его повторная отработка — новое высвобождение; не учитывается и высвобождение с неизвестным кодом статуса КК. Глубина: глубина очистки, см. Предметы: ППМ — противопехотные мины, ПТМ — противотанковые мины, НРБ — неразорвавшиеся боеприпасы, КБ — остатки кассетных боеприпасов.</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="398" />
        <source>{} (not counted)</source>
        <translation>{} (не учитывается)</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="418" />
        <source>Completion report {} — page {} of {} of this hazard</source>
        <translation>Отчёт о завершении работ {} — страница {} из {} этой опасной области</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="424" />
        <source>Page {} of {}</source>
        <translation>Страница {} из {}</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="436" />
        <source>The PDF could not be written to {}: {}</source>
        <translation>Не удалось записать PDF в {}: {}</translation>
    </message>
    <message>
        <location filename="../layouts/completion_report.py" line="471" />
        <source>and {} more (see the annex)</source>
        <translation>и ещё {} (см. приложение)</translation>
    </message>
</context>
<context>
    <name>CreateDatabase</name>
    <message>
        <location filename="../processing/createdatabase.py" line="25" />
        <source>Create land release database</source>
        <translation>Создать базу данных высвобождения земель</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="27" />
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="30" />
        <source>Creates a new GeoPackage holding every layer of the land release data model: line of contact, evidence, hazardous areas (SHA/CHA), land release (cancelled, reduced, cleared), survey points, minefield records and traverse legs, tasks, districts and the edit log.

Each layer carries its IMAS land release symbology, its attribute form with the code lists as drop-down lists, its constraints, and fields filled automatically (uuid, created/updated time and user, ellipsoidal area in m²).

OUTPUT: the new .gpkg file. An existing file is never overwritten. Run from the toolbox, the new layers are added to the project in one group, with their relations.
CONNECTION and SCHEMA: instead of a file, a shared PostgreSQL/PostGIS database (a PostgreSQL connection saved in QGIS, or a connection string such as dbname=mine_action host=server user=admin, or a postgresql:// URI) and the new schema to create in it. The tables, triggers, edit log, styles (in layer_styles) and the roles landrelease_viewer, landrelease_editor, landrelease_qm and landrelease_admin are created in one go, with row-level security by organisation (organisation_member); the schema and its edit log belong to the role landrelease_owner, which no day-to-day login holds, so run it with the database owner's login or a superuser's; an existing schema is never touched.
CRS: the storage CRS, a projected CRS in metres is recommended (default EPSG:32638, UTM zone 38N). Areas are always ellipsoidal (WGS 84).
BEARING_UNIT: the programme's bearing unit, printed beside grid bearings on tasking maps: 0 degrees (default), 1 mils (6400 to the circle), 2 Soviet mils (6000 to the circle, written 12-50). Stored with the database (GeoPackage metadata, or the PostGIS schema's comment).</source>
        <translation>Создаёт новый GeoPackage со всеми слоями модели данных высвобождения земель: линия соприкосновения, доказательства, опасные области (ПОО/ПдОО), высвобождение земель (исключена, сокращена, очищена), точки обследования, формуляры минных полей и стороны ходов, задачи, районы и журнал изменений.

У каждого слоя есть условные знаки высвобождения земель по IMAS, форма атрибутов с кодификаторами в виде раскрывающихся списков, ограничения и автоматически заполняемые поля (uuid, время и пользователь создания/изменения, эллипсоидальная площадь в м²).

OUTPUT: новый файл .gpkg. Существующий файл никогда не перезаписывается. При запуске из панели инструментов новые слои добавляются в проект одной группой, вместе со связями.
CONNECTION и SCHEMA: вместо файла — общая база данных PostgreSQL/PostGIS (подключение PostgreSQL, сохранённое в QGIS, строка подключения вида dbname=mine_action host=server user=admin или URI postgresql://) и новая схема, которая в ней создаётся. Таблицы, триггеры, журнал изменений, стили (в layer_styles) и роли landrelease_viewer, landrelease_editor, landrelease_qm и landrelease_admin создаются за один раз, с защитой на уровне строк по организациям (organisation_member); схема и её журнал изменений принадлежат роли landrelease_owner, которой нет ни у одной повседневной учётной записи, поэтому запускайте алгоритм от имени владельца базы данных или суперпользователя; существующая схема никогда не затрагивается.
CRS: система координат хранения; рекомендуется проекционная система в метрах (по умолчанию EPSG:32638, UTM зона 38N). Площади всегда эллипсоидальные (WGS 84).
BEARING_UNIT: единица азимутов программы, печатаемая на картах задач рядом с дирекционными углами: 0 — градусы (по умолчанию), 1 — тысячные (6400 на круг), 2 — тысячные (6000 на круг, запись 12-50). Хранится в базе данных (в метаданных GeoPackage или в комментарии схемы PostGIS).</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="66" />
        <source>Degrees</source>
        <translation>Градусы</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="67" />
        <source>Mils (6400)</source>
        <translation>Тысячные (6400)</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="68" />
        <source>Soviet mils (6000, written 12-50)</source>
        <translation>Тысячные (6000, запись 12-50)</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="71" />
        <source>Storage CRS</source>
        <translation>Система координат хранения</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="74" />
        <source>Land release database</source>
        <translation>База данных высвобождения земель</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="75" />
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="80" />
        <source>Or a PostgreSQL/PostGIS database (connection)</source>
        <translation>Или база данных PostgreSQL/PostGIS (подключение)</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="85" />
        <source>Schema to create in the PostgreSQL database</source>
        <translation>Схема, создаваемая в базе данных PostgreSQL</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="91" />
        <source>Programme's bearing unit (printed beside grid bearings)</source>
        <translation>Единица азимутов программы (печатается рядом с дирекционными углами)</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="95" />
        <source>PostgreSQL schema</source>
        <translation>Схема PostgreSQL</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="109" />
        <source>BEARING_UNIT must be 0 (degrees), 1 (mils 6400) or 2 (mils 6000).</source>
        <translation>BEARING_UNIT должен быть 0 (градусы), 1 (тысячные 6400) или 2 (тысячные 6000).</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="120" />
        <source>The database was created, but its bearing unit {} could not be stored ({}): tasking maps will print degrees.</source>
        <translation>База данных создана, но её единицу азимутов {} не удалось сохранить ({}): на картах задач будут печататься градусы.</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="126" />
        <source>Programme's bearing unit: {}</source>
        <translation>Единица азимутов программы: {}</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="148" />
        <source>The storage CRS {} is geographic: coordinates will be stored in degrees. Areas stay ellipsoidal m².</source>
        <translation>Система координат хранения {} — географическая: координаты будут храниться в градусах. Площади остаются эллипсоидальными, в м².</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="161" />
        <source>OUTPUT: {}</source>
        <translation>OUTPUT: {}</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="162" />
        <source>Created {}</source>
        <translation>Создано: {}</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="173" />
        <source>OUTPUT: choose a file name for the new database, or a PostgreSQL connection and schema.</source>
        <translation>OUTPUT: выберите имя файла для новой базы данных или подключение PostgreSQL и схему.</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="207" />
        <source>The storage CRS {} is up to {:.1f} % off the ground within its area of use (at {:.1f}°, {:.1f}°): what is digitised and printed in it is not true to scale. A UTM zone or a national projected CRS of the programme is better.</source>
        <translation>Система координат хранения {} в пределах своей области применения искажает масштаб до {:.1f} % (в точке {:.1f}°, {:.1f}°): то, что в ней оцифровано и напечатано, не соответствует масштабу. Лучше зона UTM или национальная проекционная система координат программы.</translation>
    </message>
    <message>
        <location filename="../processing/createdatabase.py" line="218" />
        <source>Created the schema {}</source>
        <translation>Схема создана: {}</translation>
    </message>
</context>
<context>
    <name>DelineateCha</name>
    <message>
        <location filename="../processing/delineatecha.py" line="49" />
        <source>Delineate confirmed hazardous areas (CHA)</source>
        <translation>Оконтурить подтверждённые опасные области (ПдОО)</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="51" />
        <source>Hazard delineation</source>
        <translation>Оконтуривание опасных областей</translation>
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
        <translation>Строит подтверждённые опасные области (ПдОО) вокруг прямых доказательств.

EVIDENCE: точки доказательств. TYPE_FIELD содержит тип доказательства; учитываются только прямые типы (detonation, accident_known, record_high, marking, visual_mine, visual_erw). Точки без типа или с неизвестным кодом пропускаются и подсчитываются в журнале.
CLUSTER_DISTANCE: точки, связанные цепочкой на расстоянии меньше этого (м), образуют одну область.
MARGIN: каждая точка доказательства оказывается внутри границы не менее чем на это расстояние (м).
SHAPE: выпуклая оболочка, вогнутая оболочка или объединение буферов точек.
MIN_EVIDENCE: из групп с меньшим числом точек ПдОО не создаётся.
MINEFIELDS: необязательные полигоны (формуляры минных полей); каждый становится ПдОО или присоединяется к той, которой касается. ПдОО никогда не перекрываются: перекрывающиеся объединяются.
SHA: необязательные подозреваемые опасные области; ПдОО получает в parent_id hazard_id той ПОО, в которой лежит её бо́льшая часть, и её район.
MAX_TURNING_POINTS: 0 = без ограничения; иначе граница упрощается наружу не более чем до этого числа поворотных точек, по-прежнему охватывая каждую точку с её отступом.

OUTPUT имеет поля слоя опасных областей (классификация CHA, статус open, эллипсоидальная площадь); OUTPUT_POINTS — поворотные точки, пронумерованные по часовой стрелке от самой северной, с дирекционным углом (в градусах) и расстоянием (м) до следующей точки.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="88" />
        <source>Convex hull</source>
        <translation>Выпуклая оболочка</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="88" />
        <source>Concave hull</source>
        <translation>Вогнутая оболочка</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="88" />
        <source>Buffered union</source>
        <translation>Объединение буферов</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="90" />
        <source>Evidence points</source>
        <translation>Точки доказательств</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="92" />
        <source>Evidence type field</source>
        <translation>Поле типа доказательства</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="94" />
        <source>Cluster distance (m)</source>
        <translation>Расстояние группировки (м)</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="95" />
        <source>Margin around evidence (m)</source>
        <translation>Отступ вокруг доказательств (м)</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="96" />
        <source>Shape</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="97" />
        <source>Minimum evidence points</source>
        <translation>Минимальное число точек доказательств</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="98" />
        <source>Minefield polygons</source>
        <translation>Полигоны минных полей</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="100" />
        <source>Suspected hazardous areas (parents)</source>
        <translation>Подозреваемые опасные области (родительские)</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="104" />
        <source>Maximum turning points (0 = no limit)</source>
        <translation>Максимальное число поворотных точек (0 = без ограничения)</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="109" />
        <source>Hazard id prefix</source>
        <translation>Префикс идентификатора опасной области</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="110" />
        <source>Confirmed hazardous areas</source>
        <translation>Подтверждённые опасные области</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="111" />
        <source>Turning points</source>
        <translation>Поворотные точки</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="118" />
        <source>EVIDENCE must be a point layer.</source>
        <translation>EVIDENCE должен быть точечным слоем.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="122" />
        <source>EVIDENCE has no field {}: choose TYPE_FIELD.</source>
        <translation>В EVIDENCE нет поля {}: выберите TYPE_FIELD.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="126" />
        <source>EVIDENCE has no features.</source>
        <translation>В EVIDENCE нет объектов.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="131" />
        <source>SHA has no field hazard_id.</source>
        <translation>В SHA нет поля hazard_id.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="153" />
        <source>{} confirmed hazardous areas, {:.0f} m² in all.</source>
        <translation>Подтверждённых опасных областей: {}, всего {:.0f} м².</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="195" />
        <source>Working CRS: {}</source>
        <translation>Рабочая система координат: {}</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="253" />
        <source>MINEFIELDS: {} invalid polygon(s) repaired (a self-intersecting one gives each of its loops): {}.</source>
        <translation>MINEFIELDS: исправлено недопустимых полигонов: {} (самопересекающийся даёт каждую из своих петель) — {}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="331" />
        <source>{name} must be a number, not {value!r}.</source>
        <translation>{name} должен быть числом, а не {value!r}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="332" />
        <source>{name} must be a finite number, not {value!r}.</source>
        <translation>{name} должен быть конечным числом, а не {value!r}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="333" />
        <source>{name} must be more than 0 metres, not {value:g}.</source>
        <translation>{name} должен быть больше 0 метров, а не {value:g}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="334" />
        <source>{name} must be a whole number, not {value!r}.</source>
        <translation>{name} должен быть целым числом, а не {value!r}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="335" />
        <source>MARGIN must be 0 or more metres, not {value:g}.</source>
        <translation>MARGIN должен быть не меньше 0 метров, а не {value:g}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="337" />
        <source>SHAPE must be 0 (convex hull), 1 (concave hull) or 2 (buffered union), not {value}.</source>
        <translation>SHAPE должен быть 0 (выпуклая оболочка), 1 (вогнутая оболочка) или 2 (объединение буферов), а не {value}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="340" />
        <source>MIN_EVIDENCE must be at least 1, not {value}.</source>
        <translation>MIN_EVIDENCE должен быть не меньше 1, а не {value}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="342" />
        <source>MAX_TURNING_POINTS must be 0 (no limit) or at least 3 (a polygon has 3 or more turning points), not {value}.</source>
        <translation>MAX_TURNING_POINTS должен быть 0 (без ограничения) или не меньше 3 (у полигона 3 или больше поворотных точек), а не {value}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="346" />
        <source>EVIDENCE holds no direct evidence (types {}) and no MINEFIELDS were given: there is nothing to make a confirmed hazardous area from.</source>
        <translation>В EVIDENCE нет прямых доказательств (типы {}), и MINEFIELDS не заданы: не из чего построить подтверждённую опасную область.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="350" />
        <source>EVIDENCE: no point has finite coordinates and no MINEFIELDS were given.</source>
        <translation>EVIDENCE: ни у одной точки нет конечных координат, а MINEFIELDS не заданы.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="419" />
        <source>MARGIN is {:g} m: {} area(s) have no extent (a single point, or points on a line): evidence {}. Give a MARGIN of at least 1 m.</source>
        <translation>MARGIN равен {:g} м: областей без протяжённости (одна точка или точки на одной линии): {}; доказательства {}. Укажите MARGIN не менее 1 м.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="426" />
        <source>{} group(s) of direct evidence found.</source>
        <translation>Найдено групп прямых доказательств: {}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="428" />
        <source>{} group(s) with fewer points than MIN_EVIDENCE left out.</source>
        <translation>Групп с числом точек меньше MIN_EVIDENCE не учтено: {}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="430" />
        <source>{} point(s) with unusable coordinates skipped.</source>
        <translation>Пропущено точек с непригодными координатами: {}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="431" />
        <source>{} minefield(s) joined to an evidence area.</source>
        <translation>Минных полей, присоединённых к области доказательств: {}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="432" />
        <source>{} minefield(s) made into a CHA of their own.</source>
        <translation>Минных полей, ставших отдельной ПдОО: {}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="433" />
        <source>{} minefield(s) without area skipped.</source>
        <translation>Пропущено минных полей без площади: {}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="434" />
        <source>{} overlapping area(s) merged so that no CHAs overlap.</source>
        <translation>Перекрывающихся областей объединено, чтобы ПдОО не перекрывались: {}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="435" />
        <source>{} CHA(s) simplified to MAX_TURNING_POINTS.</source>
        <translation>ПдОО, упрощённых до MAX_TURNING_POINTS: {}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="458" />
        <source>{} evidence point(s) without geometry skipped: {}.</source>
        <translation>Пропущено точек доказательств без геометрии: {} — {}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="469" />
        <source>{} evidence point(s) without evidence type skipped.</source>
        <translation>Пропущено точек доказательств без типа доказательства: {}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="474" />
        <source>{} evidence point(s) with an unknown evidence type skipped: {}</source>
        <translation>Пропущено точек доказательств с неизвестным типом: {}: {}</translation>
    </message>
    <message>
        <location filename="../processing/delineatecha.py" line="479" />
        <source>{} direct and {} indirect evidence points.</source>
        <translation>Точек прямых доказательств: {}, косвенных: {}.</translation>
    </message>
</context>
<context>
    <name>DelineateSha</name>
    <message>
        <location filename="../processing/delineatesha.py" line="20" />
        <source>Delineate suspected hazardous areas (SHA)</source>
        <translation>Оконтурить подозреваемые опасные области (ПОО)</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="22" />
        <source>Hazard delineation</source>
        <translation>Оконтуривание опасных областей</translation>
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
        <translation>Строит подозреваемые опасные области (ПОО) полосой вдоль линии соприкосновения, по косвенным доказательствам.

LINE: линия соприкосновения (линии). Лево и право определяются при взгляде вдоль направления оцифровки каждой линии; концы полосы плоские.
DEPTH_LEFT / DEPTH_RIGHT: глубина полосы с каждой стороны, в метрах (0 = с этой стороны полосы нет). DEPTH_LEFT_FIELD / DEPTH_RIGHT_FIELD: необязательные поля LINE с глубиной для каждой линии; при пустых значениях используются глубины выше.
INDIRECT: необязательные косвенные доказательства любого типа геометрии (оборонительные позиции, траншеи, сообщения), расширенные на INDIRECT_BUFFER метров и добавленные к полосе.
EXCLUSIONS: необязательные полигоны (населённые пункты, высвобожденные земли), вычитаемые из результата.
DISTRICTS и DISTRICT_FIELD: необязательные полигоны; результат делится по районам, и каждая опасная область получает код района.
SEGMENT_LENGTH: разделить полосу на части, каждая из которых охватывает столько метров линии (0 = не делить). MIN_AREA: части меньше этой площади (м²) отбрасываются и подсчитываются в журнале.

Результат имеет поля слоя опасных областей: hazard_id &lt;ID_PREFIX&gt;-&lt;district&gt;-&lt;nnnn&gt; (NA без района), классификация SHA, статус open и эллипсоидальная площадь в м². Расстояния задаются в метрах при любой системе координат: географические данные или данные в системе координат, искажающей масштаб там более чем на 0,5 % (Web Mercator), обрабатываются в зоне UTM данных. Результат — в системе координат LINE.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="65" />
        <source>Line of contact</source>
        <translation>Линия соприкосновения</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="66" />
        <source>Depth left of the line (m)</source>
        <translation>Глубина слева от линии (м)</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="67" />
        <source>Depth right of the line (m)</source>
        <translation>Глубина справа от линии (м)</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="70" />
        <source>Depth left per line (field)</source>
        <translation>Глубина слева для каждой линии (поле)</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="76" />
        <source>Depth right per line (field)</source>
        <translation>Глубина справа для каждой линии (поле)</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="80" />
        <source>Indirect evidence</source>
        <translation>Косвенные доказательства</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="81" />
        <source>Buffer around indirect evidence (m)</source>
        <translation>Буфер вокруг косвенных доказательств (м)</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="82" />
        <source>Exclusions</source>
        <translation>Исключаемые участки</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="83" />
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="84" />
        <source>District code field</source>
        <translation>Поле кода района</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="87" />
        <source>Segment length along the line (m, 0 = no split)</source>
        <translation>Длина сегмента вдоль линии (м, 0 = не делить)</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="90" />
        <source>Minimum area (m²)</source>
        <translation>Минимальная площадь (м²)</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="91" />
        <source>Hazard id prefix</source>
        <translation>Префикс идентификатора опасной области</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="92" />
        <source>Suspected hazardous areas</source>
        <translation>Подозреваемые опасные области</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="99" />
        <source>LINE must be a line layer.</source>
        <translation>LINE должен быть линейным слоем.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="101" />
        <source>LINE has no features.</source>
        <translation>В LINE нет объектов.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="109" />
        <source>DISTRICTS has no field {}: choose DISTRICT_FIELD.</source>
        <translation>В DISTRICTS нет поля {}: выберите DISTRICT_FIELD.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="118" />
        <source>Working CRS: {}</source>
        <translation>Рабочая система координат: {}</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="127" />
        <source>{} suspected hazardous areas, {:.0f} m² in all.</source>
        <translation>Подозреваемых опасных областей: {}, всего {:.0f} м².</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="230" />
        <source>{name} must be a number (got {value!r})</source>
        <translation>{name} должен быть числом (получено {value!r})</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="231" />
        <source>{name} must be a finite number (got {value!r})</source>
        <translation>{name} должен быть конечным числом (получено {value!r})</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="232" />
        <source>{name} must not be negative (got {value:g} {unit})</source>
        <translation>{name} не может быть отрицательным (получено {value:g} {unit})</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="234" />
        <source>LINE has no line to build a belt along: every line is without geometry or of zero length</source>
        <translation>В LINE нет линии, вдоль которой можно построить полосу: у всех линий нет геометрии или их длина равна нулю</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="238" />
        <source>DEPTH_LEFT and DEPTH_RIGHT are 0 for every line and there is no INDIRECT evidence: there is no area to delineate</source>
        <translation>DEPTH_LEFT и DEPTH_RIGHT равны 0 для всех линий, и косвенных признаков (INDIRECT) нет: оконтуривать нечего</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="242" />
        <source>SEGMENT_LENGTH of {segment_length_m:g} m is too short for {line_km:.1f} km of line: it gives {segments} segments (at most {max_segments}); choose a longer SEGMENT_LENGTH</source>
        <translation>SEGMENT_LENGTH {segment_length_m:g} м слишком мал для {line_km:.1f} км линии: получается {segments} частей (допускается не больше {max_segments}); выберите SEGMENT_LENGTH больше</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="246" />
        <source>{name} must hold polygons: item {item} is a {type}</source>
        <translation>{name} должен содержать полигоны: элемент {item} — это {type}</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="248" />
        <source>LINE: line {line} has a coordinate that is NaN or infinite</source>
        <translation>LINE: у линии {line} есть координата NaN или бесконечность</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="298" />
        <source>{}: line {} has the depth {!r}; a depth is a number of metres, 0 or more. Correct it, or leave it empty to use the default depth.</source>
        <translation>{}: у линии {} глубина {!r}; глубина — число метров, 0 или больше. Исправьте её или оставьте пустой, чтобы использовалась глубина по умолчанию.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="316" />
        <source>LINE: {} line(s) without geometry or of zero length skipped: {}.</source>
        <translation>LINE: пропущено линий без геометрии или нулевой длины: {} — {}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="330" />
        <source>{}: {} feature(s) without geometry skipped.</source>
        <translation>{}: пропущено объектов без геометрии: {}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="338" />
        <source>{} piece(s) smaller than MIN_AREA dropped.</source>
        <translation>Отброшено частей меньше MIN_AREA: {}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="339" />
        <source>Area dropped with them: {:.0f} m².</source>
        <translation>Отброшенная вместе с ними площадь: {:.0f} м².</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="340" />
        <source>{} part(s) outside every district (district NA).</source>
        <translation>Частей вне всех районов (район NA): {}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="341" />
        <source>{} invalid polygon(s) repaired.</source>
        <translation>Исправлено недопустимых полигонов: {}.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="343" />
        <source>{} indirect point(s)/line(s) add nothing: INDIRECT_BUFFER is 0.</source>
        <translation>Косвенные точки/линии ({}) ничего не добавляют: INDIRECT_BUFFER равен 0.</translation>
    </message>
    <message>
        <location filename="../processing/delineatesha.py" line="346" />
        <source>{} district(s) overlap another; the overlap went to the first.</source>
        <translation>Районов, перекрывающих другой: {}; область перекрытия отнесена к первому.</translation>
    </message>
</context>
<context>
    <name>ExportImsma</name>
    <message>
        <location filename="../processing/exportimsma.py" line="142" />
        <source>Export to IMSMA (GeoJSON + point lists)</source>
        <translation>Экспорт в IMSMA (GeoJSON + списки точек)</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="144" />
        <source>Data exchange</source>
        <translation>Обмен данными</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="147" />
        <source>Writes hazards and land releases for IMSMA into a folder.

hazards.geojson, land_releases.geojson: RFC 7946 GeoJSON in WGS 84 (longitude, latitude; 9 decimals, 0.1 mm), UTF-8. Every attribute is kept; dates are ISO 8601 text. The property imsma_id holds the imsma_id, or the hazard_id / release_id where imsma_id is empty; imsma_links (the links to other IMSMA Core items) is kept as stored, and land releases carry their review state (qa_status, reviewed_by, reviewed_on, review_remarks).
hazard_points.csv, land_release_points.csv: the polygon point lists as IMSMA keeps them (UTF-8 without BOM, comma separated, header row): imsma_id, point_no, point_type, latitude, longitude, bearing_deg, distance_m, bearing_entered, distance_entered, entered_as, bearing_unit, north. The exterior vertices without the repeated closing vertex, numbered clockwise from the northernmost one. bearing_deg and distance_m describe the leg from the previous point: true (geodesic, WGS 84) bearing in degrees and ellipsoidal distance in metres, rounded to 0.01; point 1 carries the closing leg from the last point. Point 1 is 'start', the others 'turning', unless a survey point (POINTS, owner_id = the hazard or release id) lies within 0.5 m of the vertex: then its point type and its bearing, unit, north, distance and text as entered.
Multi-part polygons: each part is its own point list, the second part with the id followed by #2, and so on. Holes are kept in the GeoJSON but not in the point lists.

HAZARDS: polygons with the hazard fields. RELEASES: optional land release polygons. POINTS: optional survey points. OUTPUT: the folder (created if needed; files of the same names are replaced). The files are written beside the folder first and moved into it at the end: an export that fails changes nothing. Refused, by feature: NaN or infinite coordinates, invalid polygons (self-intersecting, without area), text that no file can hold, an imsma_id (or the hazard_id / release_id standing in for it) longer than 50 characters, of blanks only or with a control character, imsma_links that is not text, and an imsma_id used twice. Features outside the programme's area and values that are no code of their list (which the import refuses) are named in a warning.</source>
        <translation>Записывает опасные области и высвобожденные участки для IMSMA в папку.

hazards.geojson, land_releases.geojson: GeoJSON по RFC 7946 в WGS 84 (долгота, широта; 9 знаков после запятой, 0,1 мм), UTF-8. Сохраняются все атрибуты; даты — текст ISO 8601. Свойство imsma_id содержит imsma_id, а если он пуст — hazard_id / release_id; imsma_links (ссылки на другие элементы IMSMA Core) записывается в том виде, в каком хранится, а высвобожденные участки несут своё состояние проверки (qa_status, reviewed_by, reviewed_on, review_remarks).
hazard_points.csv, land_release_points.csv: списки точек полигонов в том виде, в каком их хранит IMSMA (UTF-8 без BOM, через запятую, со строкой заголовка): imsma_id, point_no, point_type, latitude, longitude, bearing_deg, distance_m, bearing_entered, distance_entered, entered_as, bearing_unit, north. Внешние вершины без повторяющейся замыкающей вершины, пронумерованные по часовой стрелке от самой северной. bearing_deg и distance_m описывают сторону от предыдущей точки: истинный (геодезический, WGS 84) азимут в градусах и эллипсоидальное расстояние в метрах, округлённые до 0,01; точка 1 несёт замыкающую сторону от последней точки. Точка 1 — 'start', остальные — 'turning', если только в пределах 0,5 м от вершины нет точки обследования (POINTS, owner_id = идентификатор опасной области или высвобожденного участка): тогда берутся её тип точки, азимут, единица, север, расстояние и текст в том виде, как они были введены.
Многочастные полигоны: каждая часть — отдельный список точек, вторая часть — с идентификатором и суффиксом #2 и т. д. Дыры сохраняются в GeoJSON, но не в списках точек.

HAZARDS: полигоны с полями опасных областей. RELEASES: необязательные полигоны высвобожденных участков. POINTS: необязательные точки обследования. OUTPUT: папка (создаётся при необходимости; файлы с теми же именами заменяются). Файлы сначала записываются рядом с папкой и в конце перемещаются в неё: неудачный экспорт ничего не меняет. Отклоняются, с указанием объекта: координаты NaN или бесконечные, недопустимые полигоны (самопересекающиеся, без площади), текст, который невозможно сохранить ни в одном файле, imsma_id (или заменяющий его hazard_id / release_id) длиннее 50 символов, состоящий только из пробелов или с управляющим символом, imsma_links, не являющийся текстом, и imsma_id, использованный дважды. Объекты вне территории программы и значения, которых нет в их списке кодов (импорт их отклоняет), называются в предупреждении.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="185" />
        <source>Hazards</source>
        <translation>Опасные области</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="186" />
        <source>Land releases</source>
        <translation>Высвобожденные участки</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="187" />
        <source>Survey points</source>
        <translation>Точки обследования</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="188" />
        <source>Output folder</source>
        <translation>Папка результатов</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="195" />
        <source>HAZARDS has no features (or none selected): there is nothing to export.</source>
        <translation>В HAZARDS нет объектов (или ни один не выбран): экспортировать нечего.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="203" />
        <source>Choose an OUTPUT folder.</source>
        <translation>Выберите папку OUTPUT.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="206" />
        <source>OUTPUT: {} is a file, not a folder: choose a folder.</source>
        <translation>OUTPUT: {} — файл, а не папка: выберите папку.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="224" />
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="234" />
        <source>{} survey point(s) belong to no exported hazard or release (owner_id {}).</source>
        <translation>Точек обследования, не относящихся ни к одной экспортированной опасной области или высвобожденному участку: {} (owner_id {}).</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="264" />
        <source>OUTPUT: the export could not be written to {}: {}. Nothing was changed.</source>
        <translation>OUTPUT: экспорт не удалось записать в {}: {}. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="276" />
        <source>Removed {} of an earlier export (no RELEASES given).</source>
        <translation>Удалён файл {} предыдущего экспорта (RELEASES не заданы).</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="295" />
        <source>{}: {} feature(s); {}: {} point(s) in {} point list(s).</source>
        <translation>{}: объектов — {}; {}: точек — {} в списках точек ({}).</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="313" />
        <source>{} must be a polygon layer, not {}.</source>
        <translation>{} должен быть полигональным слоем, а не {}.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="319" />
        <source>{} has no valid CRS: set its CRS first.</source>
        <translation>У слоя {} нет допустимой системы координат: сначала задайте её.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="325" />
        <source>{} has neither {} nor imsma_id: there is no id to export.</source>
        <translation>В {} нет ни {}, ни imsma_id: нечего экспортировать как идентификатор.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="333" />
        <source>POINTS must be a point layer.</source>
        <translation>POINTS должен быть точечным слоем.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="338" />
        <source>POINTS has no field {}: give survey points.</source>
        <translation>В POINTS нет поля {}: укажите точки обследования.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="359" />
        <source>{} of {}</source>
        <translation>{} из {}</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="375" />
        <source>POINTS: {} survey point(s) have a coordinate that is NaN or infinite, or cannot be placed on the earth: {}. Correct them: nothing was written.</source>
        <translation>POINTS: точек обследования с координатой NaN или бесконечной либо такой, которую невозможно разместить на земной поверхности: {} — {}. Исправьте их: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="381" />
        <source>{} survey point(s) without owner_id or geometry skipped.</source>
        <translation>Пропущено точек обследования без owner_id или геометрии: {}.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="485" />
        <source>Left out of the point list: {}</source>
        <translation>Не вошли в список точек: {}</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="507" />
        <source>{}: {} feature(s) cannot be exported as they are: {}. Correct them (Check land release data lists invalid geometries): nothing was written.</source>
        <translation>{}: объектов, которые невозможно экспортировать в нынешнем виде: {} — {}. Исправьте их (алгоритм «Проверить данные высвобождения земель» перечисляет недопустимые геометрии): ничего не записано.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="516" />
        <source>{}: imsma_id (or {} where imsma_id is empty) must be unique to link the point lists; used more than once: {}</source>
        <translation>{}: imsma_id (или {}, если imsma_id пуст) должен быть уникальным, чтобы связать списки точек; использованы более одного раза: {}</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="524" />
        <source>{}: the point lists of multi-part polygons are named id#2, id#3…, and these names are ids of other features: {}</source>
        <translation>{}: списки точек многочастных полигонов называются id#2, id#3…, а эти имена — идентификаторы других объектов: {}</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="540" />
        <source>{}: {} value(s) are no code of their list (the codes in brackets), as landrelease:checkdata reports them; importimsma refuses them: {}.</source>
        <translation>{}: {} знач. нет в их списке кодов (коды в скобках) — так о них сообщает landrelease:checkdata; importimsma их отклоняет: {}.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="546" />
        <source>{}: {} feature(s) without {} and imsma_id skipped: {}.</source>
        <translation>{}: пропущено объектов без {} и imsma_id: {} — {}.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="552" />
        <source>{}: {} feature(s) without geometry (no point list): {}.</source>
        <translation>{}: объектов без геометрии (без списка точек): {} — {}.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="559" />
        <source>{}: {} hole(s) in {} polygon(s) are not represented in the point lists (the GeoJSON keeps them).</source>
        <translation>{}: дыры ({} в {} полигонах) не представлены в списках точек (в GeoJSON они сохранены).</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="566" />
        <source>{}: {} survey point(s) lie on no vertex (reference points, benchmarks, evidence…) and are not in the point lists.</source>
        <translation>{}: точек обследования не на вершинах (ориентиры, реперы, доказательства…), не вошедших в списки точек: {}.</translation>
    </message>
    <message>
        <location filename="../processing/exportimsma.py" line="582" />
        <source>{}: {} holds {!r}, an unpaired surrogate: text that no file can hold</source>
        <translation>{}: {} содержит {!r} — непарный суррогат: текст, который невозможно сохранить ни в одном файле</translation>
    </message>
</context>
<context>
    <name>ImportImsma</name>
    <message>
        <location filename="../processing/importimsma.py" line="80" />
        <source>Import from IMSMA (GeoJSON + point lists)</source>
        <translation>Импорт из IMSMA (GeoJSON + списки точек)</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="82" />
        <source>Data exchange</source>
        <translation>Обмен данными</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="85" />
        <source>Reads a folder written by 'Export to IMSMA' (or by IMSMA in the same layout) back into hazard and land release layers (WGS 84, the fields of the land release data model).

hazards.geojson / land_releases.geojson give the attributes; hazard_points.csv / land_release_points.csv the polygons: each polygon is rebuilt from its point list, points in point_no order (reference points, benchmarks and evidence points left out, a repeated closing vertex dropped). Point lists named id#2, id#3… are further parts of polygon id. Holes are taken from the GeoJSON geometry. Features are linked by imsma_id (else the feature id, else hazard_id / release_id). Without a CSV the GeoJSON geometry is used.

imsma_id is stored without surrounding blanks; a feature without one gets its hazard_id / release_id, as the export writes it. imsma_links is kept exactly as written, and so is the review state of land releases (qa_status, reviewed_by, reviewed_on, review_remarks); a land release without qa_status is imported as pending (not yet reviewed).

Cross-check: the polygon of each point list must agree with the GeoJSON geometry of the same id within 1 m (the Hausdorff distance between their outer boundaries, edges included). When they do not, the likely cause is named: latitude and longitude swapped, a lost minus sign (W or S), degrees and minutes written as decimal degrees, another datum or CRS (every point moved alike), the point order, missing points, or unknown.

The programme's area: DISTRICTS (optional, e.g. the district layer of your land release database) gives it as their extent plus 10 km; without DISTRICTS it is the UTM zone that holds most points of the folder. Every polygon must lie inside it.

All or nothing: a file, row or feature that is wrong (a point list that disagrees with its GeoJSON, a polygon outside the programme's area, a file that is missing, not UTF-8, not comma-separated, not valid JSON or not polygons, NaN or infinite coordinates, an id used twice, too long or in only one of the two files, a value that is not valid for its field: an imsma_id longer than 50 characters, of blanks only or with a control character, imsma_links that is not text, a code that is not in its list such as a qa_status other than pending, passed or failed, a hazard_id or release_id used twice) refuses the whole import with every problem named by file, line or feature id, and no layer is written. A partial import would leave hazards out without anyone noticing, and one wrong feature often means the file was made wrong: correct the files (or IMSMA's export) and import again.</source>
        <translation>Читает папку, записанную алгоритмом 'Export to IMSMA' (или самой IMSMA в той же структуре), обратно в слои опасных областей и высвобожденных участков (WGS 84, поля модели данных высвобождения земель).

hazards.geojson / land_releases.geojson дают атрибуты; hazard_points.csv / land_release_points.csv — полигоны: каждый полигон строится заново по своему списку точек, в порядке point_no (ориентиры, реперы и точки доказательств пропускаются, повторяющаяся замыкающая вершина отбрасывается). Списки точек с именами id#2, id#3… — дальнейшие части полигона id. Дыры берутся из геометрии GeoJSON. Объекты связываются по imsma_id (иначе по id объекта, иначе по hazard_id / release_id). Без CSV используется геометрия GeoJSON.

imsma_id сохраняется без пробелов по краям; объект без него получает свой hazard_id / release_id, как его записывает экспорт. imsma_links сохраняется точно в том виде, в каком записан, как и состояние проверки высвобожденных участков (qa_status, reviewed_by, reviewed_on, review_remarks); высвобожденный участок без qa_status импортируется как pending (ещё не проверен).

Перекрёстная проверка: полигон каждого списка точек должен совпадать с геометрией GeoJSON с тем же идентификатором с точностью до 1 м (расстояние Хаусдорфа между их внешними границами, с учётом сторон). Если они не совпадают, называется вероятная причина: перепутаны широта и долгота, потерян знак минус (W или S), градусы и минуты записаны как десятичные градусы, другой датум или система координат (все точки смещены одинаково), порядок точек, недостающие точки или причина неизвестна.

Территория программы: DISTRICTS (необязательно, например слой районов вашей базы данных высвобождения земель) задаёт её как свой охват плюс 10 км; без DISTRICTS это зона UTM, в которой лежит большинство точек папки. Каждый полигон должен лежать внутри неё.

Всё или ничего: неверный файл, строка или объект (список точек, не совпадающий со своим GeoJSON, полигон вне территории программы, файл, который отсутствует, не в UTF-8, не разделён запятыми, не является допустимым JSON или не содержит полигонов, координаты NaN или бесконечные, идентификатор, использованный дважды, слишком длинный или присутствующий только в одном из двух файлов, значение, недопустимое для своего поля: imsma_id длиннее 50 символов, только из пробелов или с управляющим символом, imsma_links, не являющийся текстом, код, которого нет в его списке, например qa_status, отличный от pending, passed или failed, hazard_id или release_id, использованный дважды) отклоняет весь импорт; каждая проблема называется по файлу, строке или идентификатору объекта, и ни один слой не записывается. Частичный импорт пропустил бы опасные области так, что никто бы этого не заметил, а один неверный объект часто означает, что файл составлен неправильно: исправьте файлы (или экспорт IMSMA) и импортируйте снова.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="128" />
        <source>IMSMA exchange folder</source>
        <translation>Папка обмена IMSMA</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="131" />
        <source>Districts of the programme (its area: their extent plus 10 km)</source>
        <translation>Районы программы (её территория: их охват плюс 10 км)</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="135" />
        <source>Hazards</source>
        <translation>Опасные области</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="136" />
        <source>Land releases</source>
        <translation>Высвобожденные участки</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="156" />
        <source>The programme's area is here the UTM zone of most points in the folder; if these features do belong to the programme, give its districts as DISTRICTS and import again.</source>
        <translation>Территория программы здесь — зона UTM большинства точек папки; если эти объекты действительно относятся к программе, укажите её районы в DISTRICTS и импортируйте снова.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="180" />
        <source>INPUT must be an existing folder, not {!r}.</source>
        <translation>INPUT должен быть существующей папкой, а не {!r}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="185" />
        <source>The INPUT folder {} holds none of the IMSMA exchange files ({}).</source>
        <translation>В папке INPUT {} нет ни одного файла обмена IMSMA ({}).</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="201" />
        <source>No {} and no {}: no {} features.</source>
        <translation>Нет ни {}, ни {}: объектов {} нет.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="209" />
        <source>{} is there without {}: its point lists have no attributes and nothing to be checked against. Put {} (exported with it) beside it.</source>
        <translation>{} есть, а {} нет: у его списков точек нет атрибутов и не с чем их сверить. Положите рядом с ним {} (экспортированный вместе с ним).</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="219" />
        <source>No {}: the geometry of {} is used.</source>
        <translation>Нет {}: используется геометрия из {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="244" />
        <source>{} has no imsma_id, no id and no {}.</source>
        <translation>{}: нет ни imsma_id, ни id, ни {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="253" />
        <source>the id (imsma_id, else {})</source>
        <translation>идентификатор (imsma_id, иначе {})</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="262" />
        <source>{}: feature {}</source>
        <translation>{}: объект {}</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="292" />
        <source>{}: {} {} is used by more than one feature: features {}. Each needs its own: correct the file.</source>
        <translation>{}: {} {} используется более чем одним объектом: объекты {}. У каждого должен быть свой: исправьте файл.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="322" />
        <source>{} (point list {}) {}</source>
        <translation>{} (список точек {}) {}</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="330" />
        <source>{}: {} more bad line(s).</source>
        <translation>{}: ещё неверных строк: {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="346" />
        <source>{}: point lists of ids that {} does not have: {}.</source>
        <translation>{}: списки точек с идентификаторами, которых нет в {}: {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="354" />
        <source>{}: point lists of features that have no geometry in {}, so their points cannot be checked: {}.</source>
        <translation>{}: списки точек объектов, у которых нет геометрии в {}, поэтому их точки невозможно проверить: {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="363" />
        <source>{}: features that have no point list in {}: {}.</source>
        <translation>{}: объекты, у которых нет списка точек в {}: {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="398" />
        <source>{}: {} hole(s) of {} lie in none of its parts.</source>
        <translation>{}: дыр, не лежащих ни в одной из частей: {} (объект {}).</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="414" />
        <source>{} does not agree with {} for {} of {} feature(s): their points lie up to {} from the GeoJSON geometry (tolerance {} m).</source>
        <translation>{} не совпадает с {} (объектов: {} из {}): их точки лежат на расстоянии до {} от геометрии GeoJSON (допуск {} м).</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="429" />
        <source>Likely cause: {}. With that corrected, the points of all {} agree with the GeoJSON: correct {} and import again. Features: {}.</source>
        <translation>Вероятная причина: {}. Если это исправить, точки всех объектов ({}) совпадут с GeoJSON: исправьте {} и импортируйте снова. Объекты: {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="475" />
        <source>All {} of these point lists lie outside the programme's area ({}) and their GeoJSON geometries inside it: the GeoJSON is likely right.</source>
        <translation>Все эти списки точек ({}) лежат вне территории программы ({}), а их геометрии GeoJSON — внутри неё: вероятно, верен GeoJSON.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="481" />
        <source>The point lists of {} lie outside the programme's area ({}) and their GeoJSON geometries inside it: the GeoJSON is likely right.</source>
        <translation>Списки точек {} лежат вне территории программы ({}), а их геометрии GeoJSON — внутри неё: вероятно, верен GeoJSON.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="496" />
        <source>{} at point(s) {} (line(s) {})</source>
        <translation>{} — точки: {} (строки: {})</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="513" />
        <source>{}: {} lies outside the programme's area ({}): {} of {} vertices, the farthest at {} (latitude, longitude), about {} km away. Check for a swapped latitude and longitude, a decimal comma, or a wrong UTM or Gauss–Krüger zone.</source>
        <translation>{}: объект {} лежит вне территории программы ({}): вершин вне её — {} из {}, самая дальняя в точке {} (широта, долгота), примерно в {} км. Проверьте, не перепутаны ли широта и долгота, нет ли десятичной запятой, верна ли зона UTM или Гаусса–Крюгера.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="557" />
        <source>{}: properties that are no field of the {} layer, not imported: {}.</source>
        <translation>{}: свойства, которые не являются полями слоя {}, не импортированы: {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="563" />
        <source>{}: {} release(s) without qa_status imported as pending (not yet reviewed).</source>
        <translation>{}: высвобожденных участков без qa_status, импортированных как pending (ещё не проверены): {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="590" />
        <source>{}: {}: {} = {} is not a valid {} value.</source>
        <translation>{}: {}: {} = {} — недопустимое значение типа {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="605" />
        <source>{}: {}: {} {} is not one of the codes {}: write one of them.</source>
        <translation>{}: {}: {} {} не входит в коды {}: впишите один из них.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="620" />
        <source>{}: {}: {} {} is longer than the field's {} characters.</source>
        <translation>{}: {}: {} {} длиннее, чем допускает поле (символов: {}).</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="632" />
        <source>{}: {}: {} holds a character that cannot be stored (a NUL or half of a UTF-16 pair).</source>
        <translation>{}: {}: {} содержит символ, который невозможно сохранить (NUL или половину пары UTF-16).</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="642" />
        <source>… and {} more problem(s).</source>
        <translation>… и ещё проблем: {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="644" />
        <source>Nothing was imported from the INPUT folder {}: correct these and import again.</source>
        <translation>Из папки INPUT {} ничего не импортировано: исправьте перечисленное и импортируйте снова.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="661" />
        <source>DISTRICTS has no district with a geometry: the programme's area is unknown.</source>
        <translation>В DISTRICTS нет ни одного района с геометрией: территория программы неизвестна.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="669" />
        <source>Programme's area (DISTRICTS' extent plus {} km): {}.</source>
        <translation>Территория программы (охват DISTRICTS плюс {} км): {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="682" />
        <source>Programme's area (UTM zone {}{}, the zone of most points in the folder; DISTRICTS gives the programme's own): {}.</source>
        <translation>Территория программы (зона UTM {}{} — зона большинства точек папки; собственную территорию программы задаёт DISTRICTS): {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="723" />
        <source>{} could not be written to {}.</source>
        <translation>{} не удалось записать в {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="729" />
        <source>Invalid polygons (as in both files; landrelease:checkdata says where): {}</source>
        <translation>Недопустимые полигоны (такие же в обоих файлах; где именно — покажет landrelease:checkdata): {}</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="733" />
        <source>{}: {} feature(s) read.</source>
        <translation>{}: прочитано объектов: {}.</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="753" />
        <source>{} m</source>
        <translation>{} м</translation>
    </message>
    <message>
        <location filename="../processing/importimsma.py" line="754" />
        <source>{} km</source>
        <translation>{} км</translation>
    </message>
</context>
<context>
    <name>LandRelease</name>
    <message>
        <location filename="../toolbelt/__init__.py" line="43" />
        <source>This needs the Python package shapely 2 or newer (found: {}). Install it with Land Release ▸ Install Python Packages… (into the QGIS profile), or 'apt install python3-shapely' on Debian 13, then restart QGIS.</source>
        <translation>Для этого нужен пакет Python shapely 2 или новее (найден: {}). Установите его через «Высвобождение земель» ▸ «Установить пакеты Python…» (в профиль QGIS) или командой 'apt install python3-shapely' в Debian 13, затем перезапустите QGIS.</translation>
    </message>
    <message>
        <location filename="../toolbelt/__init__.py" line="47" />
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>LandReleaseAreaReport</name>
    <message>
        <location filename="../core/area_report.py" line="64" />
        <source>Unknown district</source>
        <translation>Неизвестный район</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="90" />
        <source>The PDF could not be written to {}: {}</source>
        <translation>Не удалось записать PDF в {}: {}</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="105" />
        <location filename="../layouts/area_report.py" line="115" />
        <source>Land release report</source>
        <translation>Отчёт о высвобождении земель</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="117" />
        <source>Hazardous areas, land released and items found, by district</source>
        <translation>Опасные области, высвобожденные земли и обнаруженные предметы по районам</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="124" />
        <location filename="../layouts/area_report.py" line="322" />
        <location filename="../layouts/area_report.py" line="330" />
        <source>No land release in this period.</source>
        <translation>За этот период высвобождения земель не было.</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="134" />
        <location filename="../layouts/area_report.py" line="375" />
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="136" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="137" />
        <location filename="../layouts/area_report.py" line="234" />
        <location filename="../layouts/area_report.py" line="302" />
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="140" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="141" />
        <source>Printed on</source>
        <translation>Дата печати</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="153" />
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="153" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="155" />
        <source>Suspected hazardous areas (SHA)</source>
        <translation>Подозреваемые опасные области (ПОО)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="156" />
        <location filename="../layouts/area_report.py" line="160" />
        <source>{} — {} ha</source>
        <translation>{} — {} га</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="159" />
        <source>Confirmed hazardous areas (CHA)</source>
        <translation>Подтверждённые опасные области (ПдОО)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="163" />
        <source>Hazardous ground (SHA and CHA, overlaps once)</source>
        <translation>Опасная земля (ПОО и ПдОО, перекрытия один раз)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="164" />
        <location filename="../layouts/area_report.py" line="166" />
        <location filename="../layouts/area_report.py" line="179" />
        <source>{} ha</source>
        <translation>{} га</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="166" />
        <location filename="../layouts/area_report_map.py" line="72" />
        <source>Released in the period</source>
        <translation>Высвобождено за период</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="168" />
        <source>  cancelled / reduced / cleared</source>
        <translation>  исключено / сокращено / очищено</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="169" />
        <source>{} / {} / {} ha</source>
        <translation>{} / {} / {} га</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="174" />
        <source>Remaining at the end of the period (SHA / CHA)</source>
        <translation>Осталось на конец периода (ПОО / ПдОО)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="175" />
        <source>{} / {} ha</source>
        <translation>{} / {} га</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="178" />
        <source>Remaining hazardous ground (overlaps once)</source>
        <translation>Оставшаяся опасная земля (перекрытия один раз)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="182" />
        <source>Pending review at the end of the period</source>
        <translation>Ожидает проверки на конец периода</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="184" />
        <source>{} ha (part of remaining)</source>
        <translation>{} га (входит в остаток)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="186" />
        <source>{} ha (counted as released)</source>
        <translation>{} га (учтена как высвобожденная)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="189" />
        <source>Releases completed in the period</source>
        <translation>Высвобождений завершено за период</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="191" />
        <source>Items found: AP / AT / UXO / CM</source>
        <translation>Обнаружено: ППМ / ПТМ / НРБ / КБ</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="201" />
        <source>How to read the figures</source>
        <translation>Как читать цифры</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="203" />
        <source>• Areas are ellipsoidal (WGS 84), in hectares. They are the figures of the land release summary: remaining = the summary as of the end of the period; released in the period = the summary at the end minus the summary on the day before the start. A release that ended before the period is not in the released figures but is no longer remaining.</source>
        <translation>• Площади эллипсоидальные (WGS 84), в гектарах. Это цифры сводки высвобождения земель: осталось = сводка на конец периода; высвобождено за период = сводка на конец минус сводка на день перед началом. Высвобождение, завершённое до периода, не входит в высвобожденные цифры, но уже не входит и в остаток.</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="210" />
        <source>• A CHA usually lies inside an SHA. Each hazard is accounted on its own, so SHA and CHA figures are given apart, and their sum counts the ground of a CHA twice; 'ground' figures count it once (area of the union).</source>
        <translation>• ПдОО обычно лежит внутри ПОО. Каждая опасная область учитывается отдельно, поэтому цифры ПОО и ПдОО даны раздельно, и их сумма учитывает землю ПдОО дважды; цифры «земли» учитывают её один раз (площадь объединения).</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="215" />
        <source>• Ground released before the period and given a stronger outcome in it (reduced, then cleared) moves from one outcome to the other: an outcome of the period can be negative, the released total never is.</source>
        <translation>• Земля, высвобожденная до периода и получившая в нём более сильный результат (сокращена, затем очищена), переходит из одного результата в другой: результат за период может быть отрицательным, общий итог высвобождения — никогда.</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="220" />
        <source>• District of a hazard: its district field, else the district polygon holding most of it. Items found: the releases that ended in the period.</source>
        <translation>• Район опасной области: её поле district, иначе полигон района, содержащий большую её часть. Обнаруженные предметы: по высвобождениям, завершённым за период.</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="224" />
        <source>• A release that failed quality management review counts nowhere. Pending: ground released only by releases not yet reviewed; official figures count it as remaining, operational figures as released.</source>
        <translation>• Высвобождение, не прошедшее проверку управления качеством, нигде не учитывается. Ожидает проверки: земля, высвобожденная только ещё не проверенными высвобождениями; официальные показатели считают её оставшейся, оперативные — высвобожденной.</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="234" />
        <source>SHA</source>
        <translation>ПОО</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="234" />
        <source>SHA ha</source>
        <translation>ПОО га</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="234" />
        <source>CHA</source>
        <translation>ПдОО</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="234" />
        <source>CHA ha</source>
        <translation>ПдОО га</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="234" />
        <source>Cancelled ha</source>
        <translation>Исключено га</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="235" />
        <source>Reduced ha</source>
        <translation>Сокращено га</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="235" />
        <source>Cleared ha</source>
        <translation>Очищено га</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="235" />
        <source>Released ha</source>
        <translation>Высвоб. га</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="235" />
        <source>Remaining SHA ha</source>
        <translation>Осталось ПОО га</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="236" />
        <source>Remaining CHA ha</source>
        <translation>Осталось ПдОО га</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="236" />
        <source>Remaining ground ha</source>
        <translation>Осталось земли га</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="236" />
        <source>Pending review ha</source>
        <translation>Ожидает проверки, га</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="242" />
        <location filename="../layouts/area_report.py" line="308" />
        <source>TOTAL</source>
        <translation>ИТОГО</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="252" />
        <source>Hazards and land release by district</source>
        <translation>Опасные области и высвобождение земель по районам</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="265" />
        <source>SHA and CHA: number and original area of the hazards. Cancelled, reduced, cleared and released: in the period ({}). Remaining: at its end. A CHA usually lies inside an SHA, so 'Remaining SHA' and 'Remaining CHA' can cover the same ground; 'Remaining ground' counts it once. Pending review: at the end, ground released only by releases not yet reviewed ({}). The CSV gives the same figures in m².</source>
        <translation>ПОО и ПдОО: число и исходная площадь опасных областей. Исключено, сокращено, очищено и высвобождено: за период ({}). Осталось: на его конец. ПдОО обычно лежит внутри ПОО, поэтому «Осталось ПОО» и «Осталось ПдОО» могут покрывать одну и ту же землю; «Осталось земли» учитывает её один раз. Ожидает проверки: на конец периода земля, высвобожденная только ещё не проверенными высвобождениями ({}). CSV содержит те же цифры в м².</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="277" />
        <source>Released by outcome and method; items found</source>
        <translation>Высвобождено по результату и методу; обнаруженные предметы</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="278" />
        <source>Released in the period by method and outcome (ha)</source>
        <translation>Высвобождено за период по методу и результату (га)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="285" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="286" />
        <location filename="../layouts/area_report.py" line="292" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="294" />
        <source>Releases completed</source>
        <translation>Завершено высвобождений</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="300" />
        <source>Items found in the period, by district</source>
        <translation>Обнаружено за период, по районам</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="302" />
        <source>Releases</source>
        <translation>Высвоб.</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="302" />
        <source>AP</source>
        <translation>ППМ</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="302" />
        <source>AT</source>
        <translation>ПТМ</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="302" />
        <source>UXO</source>
        <translation>НРБ</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="302" />
        <source>CM</source>
        <translation>КБ</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="314" />
        <source>AP anti-personnel mines, AT anti-tank mines, UXO unexploded ordnance, CM cluster munition remnants, as recorded on the releases that ended in the period. A release's ground is shared among methods where releases of one outcome overlap (earliest first).</source>
        <translation>ППМ — противопехотные мины, ПТМ — противотанковые мины, НРБ — неразорвавшиеся боеприпасы, КБ — остатки кассетных боеприпасов, как записано в высвобождениях, завершённых за период. Где высвобождения с одним результатом перекрываются, их земля делится между методами (сначала самое раннее).</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="327" />
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="327" />
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="328" />
        <source>Progress by {}: land released (ha)</source>
        <translation>Ход работ (период: {}): высвобождено земель (га)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="343" />
        <source>Change of the release summary over each {} (as of its last day minus as of the last day before it), so the bars add up to the period's figures.</source>
        <translation>Изменение сводки высвобождения за каждый период ({}): на его последний день минус на последний день перед ним, поэтому столбцы в сумме дают цифры периода.</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="347" />
        <source>{} release(s) without an end date are in no {}.</source>
        <translation>Высвобождения без даты окончания ({}) не входят ни в один период ({}).</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="353" />
        <source>Overview map</source>
        <translation>Обзорная карта</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="361" />
        <source>Hazards of the report (SHA and CHA, 50 % transparent; a CHA usually lies inside an SHA) and the land released in the period. CRS: {}.</source>
        <translation>Опасные области отчёта (ПОО и ПдОО, прозрачность 50 %; ПдОО обычно лежит внутри ПОО) и земли, высвобожденные за период. Система координат: {}.</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="366" />
        <source>No hazard in this report.</source>
        <translation>В этом отчёте нет опасных областей.</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="372" />
        <source>Land release report — {} — {} — {} — printed {}</source>
        <translation>Отчёт о высвобождении земель — {} — {} — {} — напечатан {}</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="373" />
        <source>official figures</source>
        <translation>официальные показатели</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="373" />
        <source>operational figures</source>
        <translation>оперативные показатели</translation>
    </message>
    <message>
        <location filename="../layouts/area_report.py" line="380" />
        <source>Page {} of {}</source>
        <translation>Страница {} из {}</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_chart.py" line="123" />
        <source>Released (ha)</source>
        <translation>Высвобождено (га)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_chart.py" line="125" />
        <source>Month (end date of the release)</source>
        <translation>Месяц (дата окончания высвобождения)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_chart.py" line="125" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_map.py" line="56" />
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_map.py" line="64" />
        <source>Hazards</source>
        <translation>Опасные области</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_map.py" line="119" />
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="14" />
        <source>Cancelled (NTS)</source>
        <translation>Исключено (НТО)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="15" />
        <source>Reduced (TS)</source>
        <translation>Сокращено (ТО)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="16" />
        <source>Cleared</source>
        <translation>Очищено</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="19" />
        <source>Manual</source>
        <translation>Ручной</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="20" />
        <source>Mechanical</source>
        <translation>Механический</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="21" />
        <source>Mine detection dogs</source>
        <translation>Минно-розыскные собаки</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="22" />
        <source>Combined</source>
        <translation>Комбинированный</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="23" />
        <source>None (survey only)</source>
        <translation>Нет (только обследование)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="24" />
        <source>Not recorded</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="53" />
        <source>Official figures: only releases passed by quality management</source>
        <translation>Официальные показатели: только высвобождения, прошедшие проверку управления качеством</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="54" />
        <source>Operational figures: all saved releases except failed ones</source>
        <translation>Оперативные показатели: все сохранённые высвобождения, кроме не прошедших проверку</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="60" />
        <source>part of remaining in official figures</source>
        <translation>в официальных показателях входит в остаток</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="61" />
        <source>counted as released in operational figures</source>
        <translation>в оперативных показателях учтена как высвобожденная</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="70" />
        <source>All records (no period set)</source>
        <translation>Все записи (период не задан)</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="72" />
        <source>Up to {}</source>
        <translation>По {}</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="74" />
        <source>From {}</source>
        <translation>С {}</translation>
    </message>
    <message>
        <location filename="../layouts/area_report_text.py" line="75" />
        <source>{} to {}</source>
        <translation>с {} по {}</translation>
    </message>
</context>
<context>
    <name>LandReleaseAttachments</name>
    <message>
        <location filename="../storage/attachments.py" line="55" />
        <source>{} is not a photo path: a photo is kept as DCIM/ and its file name ending in .jpg, .jpeg or .png (such as DCIM/IMG_0001.jpg), with no other folder (no absolute path, no ..).</source>
        <translation>{} — не путь к фото: фото хранится как DCIM/ и имя файла с расширением .jpg, .jpeg или .png (например, DCIM/IMG_0001.jpg), без других папок (без абсолютного пути, без ..).</translation>
    </message>
    <message>
        <location filename="../storage/attachments.py" line="88" />
        <location filename="../storage/attachments.py" line="207" />
        <source>The photo {} cannot be read from {}: {}</source>
        <translation>Не удаётся прочитать фото {} из {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/attachments.py" line="96" />
        <source>The file {} for the photo {} is not the picture its name says (JPEG or PNG): it may be damaged or renamed. Take or export the photo again.</source>
        <translation>Файл {} для фото {} не является изображением, которое указывает его имя (JPEG или PNG): возможно, он повреждён или переименован. Сделайте или экспортируйте фото заново.</translation>
    </message>
    <message>
        <location filename="../storage/attachments.py" line="118" />
        <source>The photo {} is already stored ({}) with another picture than {}: a stored photo is never replaced. Give the new photo another file name.</source>
        <translation>Фото {} уже сохранено ({}) с другим изображением, чем {}: сохранённое фото никогда не заменяется. Дайте новому фото другое имя файла.</translation>
    </message>
    <message>
        <location filename="../storage/attachments.py" line="142" />
        <location filename="../storage/attachments.py" line="174" />
        <source>Cannot store the photo {} in {}: {}</source>
        <translation>Не удаётся сохранить фото {} в {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/attachments.py" line="177" />
        <source>{} table {}</source>
        <translation>{}, таблица {}</translation>
    </message>
    <message>
        <location filename="../storage/attachments.py" line="193" />
        <source>The photo {} cannot be read: {}</source>
        <translation>Не удаётся прочитать фото {}: {}</translation>
    </message>
</context>
<context>
    <name>LandReleaseChecks</name>
    <message>
        <location filename="../core/checks/messages.py" line="16" />
        <source>The feature has no geometry.</source>
        <translation>У объекта нет геометрии.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="17" />
        <source>Invalid geometry: {reason} at {location}.</source>
        <translation>Недопустимая геометрия: {reason} в точке {location}.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="18" />
        <source>Invalid geometry: {reason}.</source>
        <translation>Недопустимая геометрия: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="20" />
        <source>A polygon ring has only {count} distinct vertices; a ring needs at least 3.</source>
        <translation>У кольца полигона только {count} различных вершин(ы); кольцу нужно не менее 3.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="23" />
        <source>{count} segment(s) longer than {limit} m, the longest about {length} m: is a vertex in the wrong place (e.g. typed in the wrong UTM zone)?</source>
        <translation>Сегментов длиннее {limit} м: {count}, самый длинный около {length} м: не стоит ли вершина не на своём месте (например, введена в другой зоне UTM)?</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="26" />
        <source>{field} '{value}' is on {count} features.</source>
        <translation>{field} '{value}' встречается у {count} объектов.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="27" />
        <source>The same geometry (within {tolerance} m) as {other}.</source>
        <translation>Та же геометрия (с точностью до {tolerance} м), что у {other}.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="29" />
        <source>{first} and {second} (both {classification}) overlap by about {area} m² ({percent} % of the smaller).</source>
        <translation>{first} и {second} (обе {classification}) перекрываются примерно на {area} м² ({percent} % меньшей).</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="33" />
        <source>About {area} m² ({percent} % of the release) lies outside every hazard.</source>
        <translation>Около {area} м² ({percent} % высвобожденного участка) лежит вне всех опасных областей.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="35" />
        <source>hazard_id '{hazard_id}' names no hazard of the hazard layer.</source>
        <translation>hazard_id '{hazard_id}' не соответствует ни одной опасной области слоя опасных областей.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="37" />
        <source>The release (about {area} m²) is larger than its hazard {hazard_id} (about {hazard_area} m²).</source>
        <translation>Высвобожденный участок (около {area} м²) больше своей опасной области {hazard_id} (около {hazard_area} м²).</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="41" />
        <source>Confirmed hazardous area without a direct evidence point inside it.</source>
        <translation>Подтверждённая опасная область без точки прямого доказательства внутри.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="43" />
        <source>The hazard has no district.</source>
        <translation>У опасной области не указан район.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="44" />
        <source>The hazard layer has no field district.</source>
        <translation>В слое опасных областей нет поля district.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="45" />
        <source>{field} is empty.</source>
        <translation>{field} пусто.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="46" />
        <source>The {layer} layer has no field {field}, mandatory in the data model.</source>
        <translation>В слое {layer} нет поля {field}, обязательного в модели данных.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="48" />
        <source>The {layer} layer has no field {field}, mandatory in the data model; not checked: {rules}.</source>
        <translation>В слое {layer} нет поля {field}, обязательного в модели данных; не проверено: {rules}.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="50" />
        <source>{later_field} {later} is before {earlier_field} {earlier}.</source>
        <translation>{later_field} {later} раньше, чем {earlier_field} {earlier}.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="52" />
        <source>{feature} lies outside the programme's area ({area}): {count} of {total} vertices, the farthest at {lat_lon} (latitude, longitude), about {distance} km away. Check for a swapped latitude and longitude, a decimal comma, or a wrong UTM or Gauss–Krüger zone.</source>
        <translation>Объект {feature} лежит вне территории программы ({area}): вершин вне её — {count} из {total}, самая дальняя в точке {lat_lon} (широта, долгота), примерно в {distance} км. Проверьте, не перепутаны ли широта и долгота, нет ли десятичной запятой, верна ли зона UTM или Гаусса–Крюгера.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="57" />
        <source>{feature} lies at {lat_lon} (latitude, longitude), about {distance} km outside the programme's area ({area}). Check for a swapped latitude and longitude, a decimal comma, or a wrong UTM or Gauss–Krüger zone.</source>
        <translation>Объект {feature} лежит в точке {lat_lon} (широта, долгота), примерно в {distance} км за пределами территории программы ({area}). Проверьте, не перепутаны ли широта и долгота, нет ли десятичной запятой, верна ли зона UTM или Гаусса–Крюгера.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="62" />
        <source>{feature} has a vertex whose coordinates are not numbers (NaN or infinite) or have no latitude and longitude; the programme's area is {area}. Correct or delete the vertex.</source>
        <translation>У объекта {feature} есть вершина, координаты которой не числа (NaN или бесконечность) или не дают широты и долготы; территория программы — {area}. Исправьте или удалите эту вершину.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="66" />
        <source>{feature}: {field} '{value}' is not in its code list ({codes}): choose one of them.</source>
        <translation>{feature}: значение {field} '{value}' отсутствует в кодификаторе ({codes}): выберите одно из них.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="69" />
        <source>{feature}: {field} '{value}' is not in its code list ({codes}): did you mean '{suggestion}'? Codes are stored exactly as listed.</source>
        <translation>{feature}: значение {field} '{value}' отсутствует в кодификаторе ({codes}): возможно, имелось в виду '{suggestion}'? Коды хранятся точно так, как они указаны в списке.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="73" />
        <source>{feature}: {field} {value} is after today ({today}): correct the date (a slip in the year or the month?).</source>
        <translation>{feature}: {field} {value} позже сегодняшнего дня ({today}): исправьте дату (ошибка при вводе года или месяца?).</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="77" />
        <source>{feature}: {field} {value} is before {earliest}: check the year (a slip in typing?).</source>
        <translation>{feature}: {field} {value} раньше {earliest}: проверьте год (опечатка?).</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="80" />
        <source>{feature}: {field} '{value}' is not a date in the form YYYY-MM-DD (e.g. 2023-06-30); such a value is read as empty: correct it.</source>
        <translation>{feature}: {field} '{value}' — не дата в форме YYYY-MM-DD (например, 2023-06-30); такое значение читается как пустое: исправьте его.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="84" />
        <source>{feature}: {field} '{value}' names a day that does not exist: correct it (YYYY-MM-DD).</source>
        <translation>{feature}: {field} '{value}' — такого дня не существует: исправьте (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="87" />
        <source>{feature} has {count} separate parts (the smallest about {smallest} m²); it must be one polygon: split it into features with their own ids, or delete the stray part.</source>
        <translation>{feature}: отдельных частей — {count} (самая маленькая около {smallest} м²); это должен быть один полигон: разделите его на объекты с собственными идентификаторами или удалите лишнюю часть.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="91" />
        <source>{feature} has {count} points; an evidence record is one point: split it into records with their own ids, or delete the stray point.</source>
        <translation>{feature}: точек — {count}; запись доказательства — это одна точка: разделите её на записи с собственными идентификаторами или удалите лишнюю точку.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="95" />
        <source>{feature}: {field} is {stored} m², but its geometry measures {actual} m² on the WGS 84 ellipsoid ({percent} % apart): the geometry was changed without its area, or the area was typed. Set {field} to {actual}.</source>
        <translation>{feature}: {field} равно {stored} м², но площадь его геометрии на эллипсоиде WGS 84 — {actual} м² (расхождение {percent} %): геометрию изменили без площади, или площадь ввели вручную. Установите для {field} значение {actual}.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="100" />
        <source>{feature}: {field} is empty; its geometry measures {actual} m² on the WGS 84 ellipsoid. Set {field} to {actual}.</source>
        <translation>{feature}: {field} пусто; площадь его геометрии на эллипсоиде WGS 84 — {actual} м². Установите для {field} значение {actual}.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="104" />
        <source>{feature}: {field} '{stored}' is not a number; its geometry measures {actual} m² on the WGS 84 ellipsoid. Set {field} to {actual}.</source>
        <translation>{feature}: {field} '{stored}' — не число; площадь его геометрии на эллипсоиде WGS 84 — {actual} м². Установите для {field} значение {actual}.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="108" />
        <source>{feature}: remaining_area_m2 {stored} m² and status {status} do not match its land releases as of {today}, which leave {expected} m² and status {expected_status} ({count} release(s) counted; releases ending after today are not). A release was added, changed or deleted outside the plugin, or the figures were typed: set remaining_area_m2 to {expected} and status to {expected_status}, or correct the releases.</source>
        <translation>{feature}: remaining_area_m2 {stored} м² и status {status} не соответствуют его высвобождениям на {today}, по которым остаётся {expected} м² и статус {expected_status} (учтено высвобождений: {count}; заканчивающиеся после сегодняшнего дня не учитываются). Высвобождение добавили, изменили или удалили в обход модуля, или цифры ввели вручную: установите remaining_area_m2 = {expected} и status = {expected_status} или исправьте высвобождения.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="116" />
        <source>{feature}: its remaining area and status are not known (remaining_area_m2 {stored}, status {status}): a change to its land releases has not been accounted yet. As of {today} its releases leave {expected} m² and status {expected_status} ({count} release(s) counted; releases ending after today are not). Recompute them (opening a land release database with Land Release &gt; Open Database… does), or set remaining_area_m2 to {expected} and status to {expected_status}.</source>
        <translation>{feature}: оставшаяся площадь и статус неизвестны (remaining_area_m2 {stored}, status {status}): изменение его высвобождений ещё не учтено. На {today} его высвобождения оставляют {expected} м² и статус {expected_status} (учтено высвобождений: {count}; заканчивающиеся после сегодняшнего дня не учитываются). Пересчитайте их (это происходит при открытии базы данных высвобождения земель через «Высвобождение земель» &gt; «Открыть базу данных…») или установите remaining_area_m2 = {expected} и status = {expected_status}.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="124" />
        <source>{feature} (fid {fid}) has no edit_log entry: it was written while the edit log's triggers were off or removed. Find out who wrote it and check it against the records.</source>
        <translation>{feature} (fid {fid}): нет записи в edit_log: объект записан, когда триггеры журнала изменений были отключены или удалены. Выясните, кто его записал, и сверьте его с документами.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="128" />
        <source>{feature} (fid {fid}) exists, but its last edit_log entry ({entry}, {at}) records its deletion: it was put back without the edit log. Find out who did it and check it against the records.</source>
        <translation>{feature} (fid {fid}) существует, но его последняя запись в edit_log ({entry}, {at}) фиксирует его удаление: объект восстановлен в обход журнала изменений. Выясните, кто это сделал, и сверьте его с документами.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="133" />
        <source>{feature} (fid {fid}) differs from its last edit_log entry ({entry}, {at}): {differences}. It was changed without the edit log (its triggers off or removed): find out who changed it, then restore or confirm the values.</source>
        <translation>{feature} (fid {fid}) отличается от своей последней записи в edit_log ({entry}, {at}): {differences}. Объект изменён в обход журнала изменений (его триггеры отключены или удалены): выясните, кто его изменил, затем восстановите или подтвердите значения.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="138" />
        <source>{feature} (fid {fid}): its last edit_log entry ({entry}, {at}) holds no readable 'after' JSON, so the row cannot be compared with it. Compare it with a backup.</source>
        <translation>{feature} (fid {fid}): в его последней записи edit_log ({entry}, {at}) нет читаемого JSON 'after', поэтому строку невозможно с ней сравнить. Сравните строку с резервной копией.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="142" />
        <source>edit_log entry {entry} ({at}) records the {action} of {layer} {feature} (uuid {uuid}), which does not exist: it was deleted without the edit log. Restore it from the entry's 'after' JSON, or find out who deleted it.</source>
        <translation>Запись edit_log {entry} ({at}) фиксирует действие {action} для объекта {layer} {feature} (uuid {uuid}), которого нет: он удалён в обход журнала изменений. Восстановите его по JSON 'after' этой записи или выясните, кто его удалил.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="147" />
        <source>edit_log entry {entry} ({at}) was not written by the edit log's triggers: {problem}. Find out who wrote it.</source>
        <translation>Запись edit_log {entry} ({at}) сделана не триггерами журнала изменений: {problem}. Выясните, кто её сделал.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="151" />
        <source>edit_log entries {first} to {last} are missing: they were deleted from the log (its triggers refuse this, so they were off or removed). The log no longer shows what happened then; compare it with a backup.</source>
        <translation>Записи edit_log с {first} по {last} отсутствуют: их удалили из журнала (его триггеры этого не допускают, значит, они были отключены или удалены). Журнал больше не показывает, что тогда происходило; сравните его с резервной копией.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="156" />
        <source>edit_log entry {entry} was written at {at}, before entry {previous} ({previous_at}) that precedes it: an entry was inserted or changed by hand, or computers with clocks that differ write to this database.</source>
        <translation>Запись edit_log {entry} сделана в {at}, раньше предшествующей ей записи {previous} ({previous_at}): запись вставлена или изменена вручную, либо в эту базу данных пишут компьютеры с расходящимися часами.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="160" />
        <source>edit_log entry {entry} has no readable changed_at ('{value}').</source>
        <translation>В записи edit_log {entry} нет читаемого changed_at ('{value}').</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="162" />
        <source>The edit log triggers {names} are missing from {database}: changes are not logged or the log is not protected. {remedy}</source>
        <translation>В {database} нет триггеров журнала изменений {names}: изменения не записываются в журнал или журнал не защищён. {remedy}</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="166" />
        <source>The edit log triggers {names} of {database} are disabled: changes are not logged. {remedy}</source>
        <translation>Триггеры журнала изменений {names} в {database} отключены: изменения не записываются в журнал. {remedy}</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="169" />
        <source>The edit log triggers {names} of {database} are not the plugin's (their SQL differs): changes may not be logged. {remedy}</source>
        <translation>Триггеры журнала изменений {names} в {database} — не триггеры модуля (их SQL отличается): изменения могут не записываться в журнал. {remedy}</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="173" />
        <source>Open the database with Land Release &gt; Open Database… to recreate them, and find out who changed them.</source>
        <translation>Откройте базу данных через «Высвобождение земель» &gt; «Открыть базу данных…», чтобы создать их заново, и выясните, кто их изменил.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="177" />
        <source>Ask the database administrator to recreate them, and find out who changed them.</source>
        <translation>Попросите администратора базы данных создать их заново и выясните, кто их изменил.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="180" />
        <source>The edit log's hash chain (table edit_log_chain) is missing from {database}: the entries sealed so far can no longer be verified. Compare the log with a backup.</source>
        <translation>В {database} нет цепочки хешей журнала изменений (таблица edit_log_chain): записи, запечатанные до сих пор, больше невозможно проверить. Сравните журнал с резервной копией.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="184" />
        <source>edit_log entry {entry} no longer matches the hash it was sealed with on {sealed}: it was changed afterwards, with the log's triggers off. Compare it with a backup.</source>
        <translation>Запись edit_log {entry} больше не соответствует хешу, с которым она была запечатана {sealed}: её изменили позже, при отключённых триггерах журнала. Сравните её с резервной копией.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="188" />
        <source>edit_log entry {entry}, sealed on {sealed}, is gone: it was deleted with the log's triggers off. Compare the log with a backup.</source>
        <translation>Запись edit_log {entry}, запечатанная {sealed}, исчезла: её удалили при отключённых триггерах журнала. Сравните журнал с резервной копией.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="192" />
        <source>edit_log entry {entry} lies among sealed entries but was never sealed: it was inserted later, out of order. Find out who wrote it.</source>
        <translation>Запись edit_log {entry} находится среди запечатанных записей, но никогда не была запечатана: её вставили позже, вне порядка. Выясните, кто её сделал.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="196" />
        <source>The seal of edit_log entry {entry} does not follow the seal of the entry before it: the hash chain was changed. Compare the log with a backup.</source>
        <translation>Печать записи edit_log {entry} не следует из печати предыдущей записи: цепочку хешей изменили. Сравните журнал с резервной копией.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="199" />
        <source>The edit log of {database} could not be read: {error}.</source>
        <translation>Журнал изменений {database} не удалось прочитать: {error}.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="202" />
        <source>cha_without_evidence not checked: the evidence layer has no field evidence_type.</source>
        <translation>cha_without_evidence не проверено: в слое доказательств нет поля evidence_type.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="204" />
        <source>date_order not checked on the {layer} layer: it has no field {field}.</source>
        <translation>date_order не проверено в слое {layer}: в нём нет поля {field}.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="206" />
        <source>area_mismatch not checked on the {layer} layer: it has no field {field}.</source>
        <translation>area_mismatch не проверено в слое {layer}: в нём нет поля {field}.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="209" />
        <source>area_mismatch and remaining_mismatch not checked: the CRS of the geometries is not known.</source>
        <translation>area_mismatch и remaining_mismatch не проверены: система координат геометрий неизвестна.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="212" />
        <source>remaining_mismatch not checked: the hazard layer has no field {field}.</source>
        <translation>remaining_mismatch не проверено: в слое опасных областей нет поля {field}.</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="215" />
        <source>remaining_mismatch not checked: no land releases were given (RELEASES).</source>
        <translation>remaining_mismatch не проверено: высвобождения не заданы (RELEASES).</translation>
    </message>
    <message>
        <location filename="../core/checks/messages.py" line="218" />
        <source>remaining_mismatch not checked: the land release layer has no field outcome.</source>
        <translation>remaining_mismatch не проверено: в слое высвобожденных участков нет поля outcome.</translation>
    </message>
</context>
<context>
    <name>LandReleaseConvert</name>
    <message>
        <location filename="../qgis_io/convert.py" line="155" />
        <source>{} has no valid CRS: set its CRS first.</source>
        <translation>{}: нет допустимой системы координат; сначала задайте её.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="155" />
        <location filename="../qgis_io/convert.py" line="169" />
        <location filename="../qgis_io/convert.py" line="189" />
        <location filename="../qgis_io/convert.py" line="216" />
        <source>The input</source>
        <translation>Входные данные</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="168" />
        <source>{}: the extent of the data is not finite ({}): a coordinate is NaN or infinite.</source>
        <translation>{}: охват данных не конечен ({}): одна из координат — NaN или бесконечность.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="187" />
        <source>{}: the centre of the data ({:.3f}, {:.3f} in {}) cannot be placed on the earth: check the layer's CRS and its coordinates.</source>
        <translation>{}: центр данных ({:.3f}, {:.3f} в {}) невозможно разместить на земной поверхности: проверьте систему координат слоя и его координаты.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="195" />
        <source>{:.1f} % off the ground there</source>
        <translation>искажение масштаба здесь {:.1f} %</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="197" />
        <source>not usable there</source>
        <translation>здесь непригодна</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="200" />
        <source>{} is {}: distances and areas are worked in {} instead.</source>
        <translation>{} — {}: расстояния и площади вместо неё вычисляются в {}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="215" />
        <source>{}: the extent of the data cannot be computed: check its geometries.</source>
        <translation>{}: охват данных невозможно вычислить: проверьте их геометрии.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="268" />
        <source>feature {}</source>
        <translation>объект {}</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="269" />
        <source>{} (feature {})</source>
        <translation>{} (объект {})</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="316" />
        <source>{} feature(s) have a coordinate that is NaN (not a number): {}.</source>
        <translation>Объектов с координатой NaN (не число): {} — {}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="322" />
        <source>{} feature(s) have a coordinate that is infinite: {}.</source>
        <translation>Объектов с бесконечной координатой: {} — {}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="328" />
        <source>{}: {} Correct or delete them (Check land release data lists them), then run again.</source>
        <translation>{}: {} Исправьте или удалите их (алгоритм «Проверить данные высвобождения земель» их перечисляет), затем запустите снова.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="437" />
        <source>{} may hold letters, digits and {} only; it holds {}. Choose a prefix such as SHA or CHA-AGD.</source>
        <translation>{} может содержать только буквы, цифры и {}; в нём есть {}. Выберите префикс вроде SHA или CHA-AGD.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="446" />
        <source>{} '{}' makes hazard ids of {} characters ({}); hazard_id holds {}: choose a shorter prefix.</source>
        <translation>{} '{}' даёт идентификаторы опасных областей из {} симв. ({}); hazard_id вмещает {} симв.: выберите префикс короче.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="464" />
        <source>{}: {} is a folder: give a file name.</source>
        <translation>{}: {} — папка: укажите имя файла.</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="488" />
        <source>{}: cannot write beside {}: {}</source>
        <translation>{}: не удаётся записать рядом с {}: {}</translation>
    </message>
    <message>
        <location filename="../qgis_io/convert.py" line="500" />
        <source>{}: cannot write {}: {}</source>
        <translation>{}: не удаётся записать {}: {}</translation>
    </message>
</context>
<context>
    <name>LandReleaseDatabase</name>
    <message>
        <location filename="../storage/database/creation.py" line="31" />
        <source>The CRS {} cannot be used for a GeoPackage.</source>
        <translation>Система координат {} не может использоваться для GeoPackage.</translation>
    </message>
    <message>
        <location filename="../storage/database/creation.py" line="48" />
        <source>Cannot create the GeoPackage {}.</source>
        <translation>Не удаётся создать GeoPackage {}.</translation>
    </message>
    <message>
        <location filename="../storage/database/creation.py" line="54" />
        <source>Cannot create the layer {}.</source>
        <translation>Не удаётся создать слой {}.</translation>
    </message>
    <message>
        <location filename="../storage/database/creation.py" line="56" />
        <source>Cannot create the field {}.{}.</source>
        <translation>Не удаётся создать поле {}.{}.</translation>
    </message>
    <message>
        <location filename="../storage/database/creation.py" line="76" />
        <source>The database file name must end in .gpkg: {}</source>
        <translation>Имя файла базы данных должно оканчиваться на .gpkg: {}</translation>
    </message>
    <message>
        <location filename="../storage/database/creation.py" line="80" />
        <source>{} already exists. A land release database is never overwritten: choose a new file name.</source>
        <translation>{} уже существует. База данных высвобождения земель никогда не перезаписывается: выберите новое имя файла.</translation>
    </message>
    <message>
        <location filename="../storage/database/creation.py" line="85" />
        <location filename="../storage/postgis.py" line="327" />
        <source>The storage CRS is not valid.</source>
        <translation>Система координат хранения недопустима.</translation>
    </message>
    <message>
        <location filename="../storage/database/creation.py" line="87" />
        <source>The folder {} does not exist.</source>
        <translation>Папка {} не существует.</translation>
    </message>
    <message>
        <location filename="../storage/database/creation.py" line="95" />
        <source>{} appeared while it was being created.</source>
        <translation>{} появился, пока он создавался.</translation>
    </message>
    <message>
        <location filename="../storage/database/creation.py" line="98" />
        <source>Cannot create {}: {}</source>
        <translation>Не удаётся создать {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/database/edit_log_chain.py" line="45" />
        <source>the file does not exist</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <location filename="../storage/database/edit_log_chain.py" line="83" />
        <location filename="../storage/database/edit_log_chain.py" line="157" />
        <source>Cannot open {}: {}</source>
        <translation>Не удаётся открыть {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/database/edit_log_chain.py" line="118" />
        <source>Cannot seal the edit log of {}: {}</source>
        <translation>Не удаётся запечатать журнал изменений {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/database/edit_log_chain.py" line="173" />
        <source>Cannot read the edit log of {}: {}</source>
        <translation>Не удаётся прочитать журнал изменений {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/database/feature_import.py" line="44" />
        <source>Cannot import {} into {}: {} value(s) do not fit their field, e.g. {}. Nothing was imported.</source>
        <translation>Не удаётся импортировать {} в {}: значения не подходят к своим полям (количество: {}), например: {}. Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../storage/database/feature_import.py" line="49" />
        <source>{} cannot be edited.</source>
        <translation>{} нельзя редактировать.</translation>
    </message>
    <message>
        <location filename="../storage/database/feature_import.py" line="53" />
        <source>Cannot import into {}: {}</source>
        <translation>Не удаётся импортировать в {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/database/feature_import.py" line="55" />
        <source>{}: {} features</source>
        <translation>{}: объектов — {}</translation>
    </message>
    <message>
        <location filename="../storage/database/feature_import.py" line="73" />
        <source>feature {}: {} {!r} is not a {}</source>
        <translation>объект {}: {} {!r} — не значение типа {}</translation>
    </message>
    <message>
        <location filename="../storage/database/project.py" line="87" />
        <location filename="../storage/postgis.py" line="304" />
        <source>{} is not a land release database: the layers {} are missing.</source>
        <translation>{} — не база данных высвобождения земель: отсутствуют слои {}.</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="61" />
        <source>Cannot add the table {}: {}</source>
        <translation>Не удаётся добавить таблицу {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="73" />
        <source>the table {} is missing</source>
        <translation>отсутствует таблица {}</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="80" />
        <location filename="../storage/database/schema_upgrade.py" line="83" />
        <source>{} has no column {}</source>
        <translation>в {} нет столбца {}</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="95" />
        <source>Cannot add the column {}.{}: {}</source>
        <translation>Не удаётся добавить столбец {}.{}: {}</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="118" />
        <source>{} is not a land release database: {}.</source>
        <translation>{} — не база данных высвобождения земель: {}.</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="147" />
        <source>{} does not exist.</source>
        <translation>{} не существует.</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="151" />
        <source>{} is not a land release database: it is not a GeoPackage.</source>
        <translation>{} — не база данных высвобождения земель: это не GeoPackage.</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="202" />
        <source>Cannot open {} to bring it up to date: is it read-only?</source>
        <translation>Не удаётся открыть {}, чтобы обновить: файл доступен только для чтения?</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="218" />
        <location filename="../storage/database/schema_upgrade.py" line="223" />
        <source>Cannot update the database {}: {}</source>
        <translation>Не удаётся обновить базу данных {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/database/schema_upgrade.py" line="221" />
        <source>Cannot update the database {}.</source>
        <translation>Не удаётся обновить базу данных {}.</translation>
    </message>
    <message>
        <location filename="../storage/database/stored_styles.py" line="66" />
        <source>Cannot open {} to store the styles.</source>
        <translation>Не удаётся открыть {}, чтобы сохранить стили.</translation>
    </message>
    <message>
        <location filename="../storage/database/stored_styles.py" line="73" />
        <source>Cannot store the style of {}.</source>
        <translation>Не удаётся сохранить стиль {}.</translation>
    </message>
    <message>
        <location filename="../storage/field/identity.py" line="77" />
        <source>Cannot read or make the id of the database {}: {}</source>
        <translation>Не удаётся прочитать или создать идентификатор базы данных {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/field/identity.py" line="107" />
        <source>The shared database {} has no database id yet: it was made by an earlier version of Land Release. Its owner (or a superuser) brings it up to date by opening it once with Land Release; then try again.</source>
        <translation>У общей базы данных {} ещё нет идентификатора: она создана более ранней версией Land Release. Её владелец (или суперпользователь) обновляет её, один раз открыв в Land Release; затем повторите попытку.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="127" />
        <source>Give a PostgreSQL connection: a QGIS connection name or a URI.</source>
        <translation>Укажите подключение PostgreSQL: имя подключения QGIS или URI.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="131" />
        <source>{} is not a usable schema name: use lower-case letters, digits and _, starting with a letter.</source>
        <translation>{} нельзя использовать как имя схемы: используйте строчные буквы, цифры и _, имя должно начинаться с буквы.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="143" />
        <source>{} is neither a saved PostgreSQL connection of QGIS nor a connection string (dbname=… host=… or postgresql://…).</source>
        <translation>{} — не сохранённое в QGIS подключение PostgreSQL и не строка подключения (dbname=… host=… или postgresql://…).</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="149" />
        <source>The connection {} names no database.</source>
        <translation>В подключении {} не указана база данных.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="187" />
        <source>Cannot connect to the PostgreSQL database {}: {}</source>
        <translation>Не удаётся подключиться к базе данных PostgreSQL {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="188" />
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="194" />
        <source>The connection stores no user name or password: save them in the QGIS connection (better in an authentication configuration) or in ~/.pgpass.</source>
        <translation>В подключении не сохранены имя пользователя или пароль: сохраните их в подключении QGIS (лучше в конфигурации аутентификации) или в ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="258" />
        <source>A PostGIS land release database needs an EPSG CRS; {} is not one.</source>
        <translation>Для базы данных высвобождения земель в PostGIS нужна система координат EPSG; {} не является системой координат EPSG.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="267" />
        <source>Cannot start a transaction.</source>
        <translation>Не удаётся начать транзакцию.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="275" />
        <source>The database refused the commit.</source>
        <translation>База данных отклонила фиксацию транзакции.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="319" />
        <source>Cannot store the style of {}: {}</source>
        <translation>Не удаётся сохранить стиль {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="354" />
        <source>The schema {} already exists in {}. A land release database is never overwritten: choose a new schema name.</source>
        <translation>Схема {} уже существует в {}. База данных высвобождения земель никогда не перезаписывается: выберите новое имя схемы.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="362" />
        <source>PostGIS does not know the CRS EPSG:{}.</source>
        <translation>PostGIS не знает систему координат EPSG:{}.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="371" />
        <source>The login {} works with the land release data day to day (viewer, editor, QM or admin), so it cannot create the schema {}: the schema and its edit log belong to a role that no day-to-day login holds. Create it with the login of the database's owner or a superuser.</source>
        <translation>Учётная запись {} ежедневно работает с данными высвобождения земель (наблюдатель, редактор, управление качеством или администратор), поэтому она не может создать схему {}: схема и её журнал изменений принадлежат роли, которой не владеет ни одна учётная запись для повседневной работы. Создайте её под учётной записью владельца базы данных или суперпользователя.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="378" />
        <source>Cannot create the land release schema {}: {}</source>
        <translation>Не удаётся создать схему высвобождения земель {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="391" />
        <source>PostGIS is not installed in the database {} and cannot be added ({}): ask its administrator to run CREATE EXTENSION postgis.</source>
        <translation>PostGIS не установлен в базе данных {} и не может быть добавлен ({}): попросите её администратора выполнить CREATE EXTENSION postgis.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="431" />
        <source>{} is not a land release database: the tables {} are missing.</source>
        <translation>{} — не база данных высвобождения земель: отсутствуют таблицы {}.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="457" />
        <source>The shared database {} was made by an earlier version of Land Release: editors are not yet kept to the rows of their own organisation, the edit log is not yet out of the administrators' reach, and changes made outside this plugin may not yet mark the hazards' remaining areas for recomputing. The owner of the database (or a superuser) brings it up to date by opening it once with Land Release. ({})</source>
        <translation>Общая база данных {} создана более ранней версией модуля «Высвобождение земель»: редакторы пока не ограничены записями своей организации, журнал изменений пока могут изменять администраторы, а изменения, сделанные вне этого модуля, могут пока не помечать оставшиеся площади опасных областей для пересчёта. Владелец базы данных (или суперпользователь) обновит её, открыв один раз через «Высвобождение земель». ({})</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="514" />
        <source>Cannot store the programme's settings in the schema {}: {} (only its administrators, landrelease_admin, and its owner may change them).</source>
        <translation>Не удаётся сохранить настройки программы в схеме {}: {} (изменять их могут только её администраторы, landrelease_admin, и владелец схемы).</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="545" />
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="547" />
        <source>{} {} was changed by {} at {} since you opened it for editing, so your change to it was not saved (it would have overwritten theirs). Discard your edits of this layer (or note them), reload the layer and make your change again.</source>
        <translation>{} {}: этот объект изменил {} в {}, после того как вы открыли его для редактирования, поэтому ваше изменение не сохранено (оно перезаписало бы чужое). Отмените свои правки этого слоя (или запишите их), перезагрузите слой и внесите изменение снова.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="599" />
        <source>no organisation</source>
        <translation>никакой организации</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="611" />
        <source>{} {} belongs to the organisation {}; your database login {} belongs to {}, so it may not change or delete it, nor save a record for another organisation. Nothing was saved: discard your edits of this record. If it is really your organisation's, ask your Land Release administrator (landrelease_admin) to correct its organisation.</source>
        <translation>{} {} принадлежит организации {}; ваша учётная запись базы данных {} относится к организации {}, поэтому она не может изменять или удалять эту запись, а также сохранять записи за другую организацию. Ничего не сохранено: отмените свои правки этой записи. Если запись действительно принадлежит вашей организации, попросите администратора «Высвобождения земель» (landrelease_admin) исправить её организацию.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="626" />
        <source>Your database login {} belongs to no organisation, so it may not change {} {}. Nothing was saved: ask your Land Release administrator (landrelease_admin) to add your login to your organisation.</source>
        <translation>Ваша учётная запись базы данных {} не относится ни к одной организации, поэтому она не может изменять {} {}. Ничего не сохранено: попросите администратора «Высвобождения земель» (landrelease_admin) добавить вашу учётную запись в вашу организацию.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="633" />
        <source>{} {}: only quality management sets the QA status and the review of a release (a release is saved as pending). Nothing was saved: leave the QA status and the review fields as they are, or ask quality management to review the release.</source>
        <translation>{} {}: статус контроля качества и проверку высвобождения устанавливает только служба управления качеством (высвобождение сохраняется со статусом «Ожидает»). Ничего не сохранено: оставьте статус контроля качества и поля проверки без изменений или попросите службу управления качеством проверить высвобождение.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="640" />
        <source>{} {}: {} is not a QA status. Nothing was saved: choose pending, passed or failed.</source>
        <translation>{} {}: {} не является статусом контроля качества. Ничего не сохранено: выберите «Ожидает», «Пройден» или «Не пройден».</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="645" />
        <source>{} {} has been reviewed by quality management ({}), so it may not be deleted. Nothing was deleted: ask quality management to set it back to pending first, or record a new release.</source>
        <translation>{} {} проверено службой управления качеством ({}), поэтому его нельзя удалить. Ничего не удалено: попросите службу управления качеством сначала вернуть ему статус «Ожидает» или запишите новое высвобождение.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="652" />
        <source>Your database login may not save this {} for that organisation (row-level security). Nothing was saved: record only your own organisation's work, or ask your Land Release administrator (landrelease_admin) which organisation your login belongs to.</source>
        <translation>Ваша учётная запись базы данных не может сохранить этот объект слоя «{}» за эту организацию (защита на уровне строк). Ничего не сохранено: записывайте только работу своей организации или уточните у администратора «Высвобождения земель» (landrelease_admin), к какой организации относится ваша учётная запись.</translation>
    </message>
    <message>
        <location filename="../storage/postgis.py" line="660" />
        <source>Your database login may not make this change to {} (permission denied): viewers only read, quality management only reviews releases, reference data is the administrators'. Nothing was saved: ask your Land Release administrator (landrelease_admin) for the role you need.</source>
        <translation>Ваша учётная запись базы данных не может внести это изменение в слой «{}» (permission denied): наблюдатели только читают данные, служба управления качеством только проверяет высвобождения, справочные данные ведут администраторы. Ничего не сохранено: попросите администратора «Высвобождения земель» (landrelease_admin) выдать вам нужную роль.</translation>
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
        <translation>Высвобождение земель</translation>
    </message>
    <message>
        <location filename="../dialogs/dependencies.py" line="33" />
        <source>Python packages missing: {}</source>
        <translation>Не хватает пакетов Python: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/dependencies.py" line="35" />
        <source>Install…</source>
        <translation>Установить…</translation>
    </message>
    <message>
        <location filename="../dialogs/dependencies.py" line="46" />
        <source>Python packages</source>
        <translation>Пакеты Python</translation>
    </message>
    <message>
        <location filename="../dialogs/dependencies.py" line="46" />
        <source>Every package Land Release needs is installed.</source>
        <translation>Все пакеты, нужные модулю «Высвобождение земель», установлены.</translation>
    </message>
    <message>
        <location filename="../dialogs/dependencies.py" line="54" />
        <source>Install Python packages</source>
        <translation>Установить пакеты Python</translation>
    </message>
    <message>
        <location filename="../dialogs/dependencies.py" line="56" />
        <source>Land Release needs these Python packages:

{}

Install them with pip into a folder of the QGIS profile ({})? The system's Python is not changed. This needs the internet; restart QGIS afterwards.</source>
        <translation>Модулю «Высвобождение земель» нужны эти пакеты Python:

{}

Установить их с помощью pip в папку профиля QGIS ({})? Системный Python не изменяется. Нужен интернет; после установки перезапустите QGIS.</translation>
    </message>
    <message>
        <location filename="../dialogs/dependencies.py" line="65" />
        <source>Installing Python packages for Land Release</source>
        <translation>Установка пакетов Python для модуля «Высвобождение земель»</translation>
    </message>
    <message>
        <location filename="../dialogs/dependencies.py" line="75" />
        <source>Installing failed: {}</source>
        <translation>Установка не удалась: {}</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="64" />
        <source>delineation, traverses, tasking maps, reports</source>
        <translation>оконтуривание, ходы (траверсы), карты заданий, отчёты</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="72" />
        <source>Delineate CHA (clustering of evidence)</source>
        <translation>Оконтуривание CHA (группировка признаков)</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="82" />
        <source>magnetic declination (IGRF-14); needs pandas (apt install python3-pandas)</source>
        <translation>магнитное склонение (IGRF-14); нужен pandas (apt install python3-pandas)</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="91" />
        <source>field packages: the edits made in the field (geodiff)</source>
        <translation>полевые пакеты: правки, сделанные в поле (geodiff)</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="193" />
        <source>pip is not installed for {}. On Debian: 'sudo apt install python3-pip', then try again.</source>
        <translation>pip не установлен для {}. В Debian: 'sudo apt install python3-pip', затем повторите попытку.</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="198" />
        <source>The Python package index (pypi.org) could not be reached: this computer seems to be offline or behind a proxy. Connect it to the internet (or set the proxy in PIP_PROXY), or install the packages with apt/pip as the README says, then restart QGIS.</source>
        <translation>Не удалось связаться с каталогом пакетов Python (pypi.org): похоже, компьютер не подключён к интернету или работает через прокси. Подключите его к интернету (или укажите прокси в PIP_PROXY) либо установите пакеты через apt/pip, как описано в README, затем перезапустите QGIS.</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="205" />
        <source>pip found no ready-built package for this Python ({}): install the packages with apt or pip as the README says, then restart QGIS.</source>
        <translation>pip не нашёл готового пакета для этого Python ({}): установите пакеты через apt или pip, как описано в README, затем перезапустите QGIS.</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="209" />
        <source>pip could not install the packages: {}</source>
        <translation>pip не смог установить пакеты: {}</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="219" />
        <source>No Python interpreter was found to run pip.</source>
        <translation>Не найден интерпретатор Python для запуска pip.</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="238" />
        <source>pip did not finish within {} s; the network may be too slow.</source>
        <translation>pip не завершился за {} с; возможно, сеть слишком медленная.</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="248" />
        <source>Installed {} into {}. Restart QGIS to use them.</source>
        <translation>{} установлены в {}. Перезапустите QGIS, чтобы ими пользоваться.</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="256" />
        <source>{name} {pin} (found: {found}) — for {purpose}</source>
        <translation>{name} {pin} (найден: {found}) — для: {purpose}</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="259" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../toolbelt/dependencies.py" line="263" />
        <source>(or: sudo apt install {})</source>
        <translation>(или: sudo apt install {})</translation>
    </message>
</context>
<context>
    <name>LandReleaseDerived</name>
    <message>
        <location filename="../storage/derived.py" line="479" />
        <source>Cannot open {}.</source>
        <translation>Не удаётся открыть {}.</translation>
    </message>
    <message>
        <location filename="../storage/derived.py" line="504" />
        <source>The remaining areas and statuses of {} cannot be recomputed: the layer {} has no spatial index. Create it (Layer Properties ▸ Source ▸ Create Spatial Index) and open the database again.</source>
        <translation>Оставшиеся площади и статусы в {} нельзя пересчитать: у слоя {} нет пространственного индекса. Создайте его (Свойства слоя ▸ Источник ▸ Создать пространственный индекс) и откройте базу данных снова.</translation>
    </message>
    <message>
        <location filename="../storage/derived.py" line="514" />
        <source>The database has no layer {}.</source>
        <translation>В базе данных нет слоя {}.</translation>
    </message>
    <message>
        <location filename="../storage/derived.py" line="565" />
        <source>The remaining areas and statuses of {} could not be recomputed: {} They stay unknown until they can be.</source>
        <translation>Оставшиеся площади и статусы в {} не удалось пересчитать: {} Они остаются неизвестными, пока их не удастся пересчитать.</translation>
    </message>
    <message>
        <location filename="../storage/derived.py" line="664" />
        <source>The remaining areas and statuses could not be recomputed: {}</source>
        <translation>Оставшиеся площади и статусы не удалось пересчитать: {}</translation>
    </message>
    <message>
        <location filename="../storage/derived.py" line="680" />
        <location filename="../storage/derived.py" line="769" />
        <source>{}: remaining area and status unknown: {}</source>
        <translation>{}: оставшаяся площадь и статус неизвестны: {}</translation>
    </message>
    <message>
        <location filename="../storage/derived.py" line="761" />
        <source>Remaining area and status recomputed for {} hazard(s) of {}.</source>
        <translation>Пересчитаны оставшаяся площадь и статус опасных областей: {} (в {}).</translation>
    </message>
    <message>
        <location filename="../storage/derived.py" line="754" />
        <source>end date is not a date: {}</source>
        <translation>дата окончания не является датой: {}</translation>
    </message>
    <message>
        <location filename="../storage/derived.py" line="756" />
        <source>qa_status is not pending, passed or failed: {}</source>
        <translation>qa_status не pending, passed или failed: {}</translation>
    </message>
</context>
<context>
    <name>LandReleaseFieldPackage</name>
    <message>
        <location filename="../storage/field/package.py" line="116" />
        <source>OUTPUT: choose an empty folder for the field package.</source>
        <translation>OUTPUT: выберите пустую папку для полевого пакета.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="120" />
        <source>OUTPUT: {} is a file, not a folder: choose an empty folder.</source>
        <translation>OUTPUT: {} — это файл, а не папка: выберите пустую папку.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="126" />
        <source>OUTPUT: {} already holds a field package; a package is never written over: choose an empty folder.</source>
        <translation>OUTPUT: в {} уже есть полевой пакет; пакет никогда не перезаписывается: выберите пустую папку.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="133" />
        <source>OUTPUT: {} is not empty; a package is never written over other files: choose an empty folder.</source>
        <translation>OUTPUT: {} не пуста; пакет никогда не записывается поверх других файлов: выберите пустую папку.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="143" />
        <source>OUTPUT: the folder {} cannot be written here: choose a folder you can write to.</source>
        <translation>OUTPUT: папку {} здесь невозможно записать: выберите папку, в которую у вас есть право записи.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="156" />
        <source>OUTPUT: cannot make the folder {}: {}</source>
        <translation>OUTPUT: невозможно создать папку {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="179" />
        <source>DATABASE: {} does not exist: choose the land release GeoPackage.</source>
        <translation>DATABASE: {} не существует: выберите GeoPackage высвобождения земель.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="185" />
        <source>DATABASE: {} is not a GeoPackage, or it is damaged (cut short?): choose the land release database, or restore it from a backup.</source>
        <translation>DATABASE: {} не является GeoPackage или повреждён (обрезан?): выберите базу данных высвобождения земель или восстановите её из резервной копии.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="193" />
        <source>DATABASE: {} cannot be read ({}): restore it from a backup.</source>
        <translation>DATABASE: {} не читается ({}): восстановите её из резервной копии.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="200" />
        <source>DATABASE: {} is not a land release database: the layers {} are missing.</source>
        <translation>DATABASE: {} не является базой данных высвобождения земель: отсутствуют слои {}.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="214" />
        <source>CONNECTION: {}</source>
        <translation>CONNECTION: {}</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="219" />
        <source>DATABASE: the layers {} of {} cannot be read.</source>
        <translation>DATABASE: слои {} базы {} не читаются.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="263" />
        <source>INPUT: {} are not in the database {} (or are other features there under the same id): is INPUT a layer of another database? Choose the tasks or hazards of the database being packed.</source>
        <translation>INPUT: {} нет в базе данных {} (или там под тем же идентификатором другие объекты): не слой ли INPUT из другой базы данных? Выберите задачи или опасные области упаковываемой базы данных.</translation>
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
        <translation>OUTPUT: невозможно открыть {}.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="372" />
        <source>OUTPUT: the features could not be copied into {}: {}</source>
        <translation>OUTPUT: не удалось скопировать объекты в {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="406" />
        <source>it could not be opened read-only</source>
        <translation>её не удалось открыть только для чтения</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="411" />
        <source>DATABASE: {} cannot be read ({}): check that it is on a disk you can write to (SQLite writes a small -shm file beside it) and that it is not damaged.</source>
        <translation>DATABASE: {} не читается ({}): проверьте, что она лежит на диске, куда у вас есть право записи (SQLite создаёт рядом небольшой файл -shm), и что она не повреждена.</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="418" />
        <source>the package's spatial reference differs from the database's</source>
        <translation>система координат пакета отличается от системы координат базы данных</translation>
    </message>
    <message>
        <location filename="../storage/field/package.py" line="526" />
        <source>OUTPUT: {} is still open in another program: close it and pack again.</source>
        <translation>OUTPUT: {} всё ещё открыт в другой программе: закройте его и упакуйте снова.</translation>
    </message>
    <message>
        <location filename="../storage/field/project.py" line="132" />
        <source>Field package</source>
        <translation>Полевой пакет</translation>
    </message>
    <message>
        <location filename="../storage/field/project.py" line="140" />
        <source>Basemap</source>
        <translation>Подложка</translation>
    </message>
    <message>
        <location filename="../storage/field/project.py" line="148" />
        <source>OUTPUT: the project could not be written: {}</source>
        <translation>OUTPUT: не удалось записать проект: {}</translation>
    </message>
</context>
<context>
    <name>LandReleaseImsma</name>
    <message>
        <location filename="../core/imsma/attributes.py" line="27" />
        <source>{where}: imsma_id holds only blanks ({count} character(s)): leave it empty when there is no IMSMA id, or write the id.</source>
        <translation>{where}: imsma_id состоит только из пробелов ({count} симв.): оставьте его пустым, если идентификатора IMSMA нет, или впишите идентификатор.</translation>
    </message>
    <message>
        <location filename="../core/imsma/attributes.py" line="37" />
        <source>{where}: the IMSMA id {id} is longer than {limit} characters, the most imsma_id holds.</source>
        <translation>{where}: идентификатор IMSMA {id} длиннее {limit} символов — больше imsma_id не вмещает.</translation>
    </message>
    <message>
        <location filename="../core/imsma/attributes.py" line="54" />
        <source>{where}: imsma_links {value} is not text: write the links to other IMSMA items as one text, as IMSMA Core lists them.</source>
        <translation>{where}: imsma_links {value} — не текст: запишите ссылки на другие элементы IMSMA одним текстом, как их перечисляет IMSMA Core.</translation>
    </message>
    <message>
        <location filename="../core/imsma/exchange.py" line="120" />
        <location filename="../core/imsma/exchange.py" line="124" />
        <source>{where}: the id {value} is not text.</source>
        <translation>{where}: идентификатор {value} — не текст.</translation>
    </message>
    <message>
        <location filename="../core/imsma/exchange.py" line="128" />
        <source>{where}: the id is empty.</source>
        <translation>{where}: идентификатор пуст.</translation>
    </message>
    <message>
        <location filename="../core/imsma/exchange.py" line="131" />
        <source>{where}: the id {id} is longer than {limit} characters.</source>
        <translation>{where}: идентификатор {id} длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../core/imsma/exchange.py" line="138" />
        <source>{where}: the id {id} holds a control character (line break, tab or NUL).</source>
        <translation>{where}: идентификатор {id} содержит управляющий символ (перевод строки, табуляцию или NUL).</translation>
    </message>
    <message>
        <location filename="../core/imsma/exchange.py" line="153" />
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <location filename="../core/imsma/exchange.py" line="160" />
        <source>{file} is not UTF-8 text (byte 0x{byte} on line {line}): save it as UTF-8 and import again.</source>
        <translation>{file} — не текст в UTF-8 (байт 0x{byte} в строке {line}): сохраните его в UTF-8 и импортируйте снова.</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="94" />
        <source>{file} is not valid JSON (line {line}, column {column}: {reason}).</source>
        <translation>{file} — недопустимый JSON (строка {line}, столбец {column}: {reason}).</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="102" />
        <source>{file} is not valid JSON: {reason}</source>
        <translation>{file} — недопустимый JSON: {reason}</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="140" />
        <source>{where} is a {type}, not a Polygon or MultiPolygon.</source>
        <translation>{where}: это {type}, а не Polygon или MultiPolygon.</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="146" />
        <source>{where} has a coordinate that is not a number (NaN or infinite).</source>
        <translation>{where}: есть координата, которая не является числом (NaN или бесконечность).</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="159" />
        <source>{where} has broken coordinates: {reason}</source>
        <translation>{where}: повреждённые координаты: {reason}</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="169" />
        <source>{where} has the point {lon:g}, {lat:g} (longitude, latitude), which is not WGS 84 degrees: a GeoJSON holds longitude first, in degrees.</source>
        <translation>{where}: точка {lon:g}, {lat:g} (долгота, широта) — не градусы WGS 84: в GeoJSON сначала идёт долгота, в градусах.</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="191" />
        <source>{file} is not a GeoJSON FeatureCollection.</source>
        <translation>{file} — не GeoJSON FeatureCollection.</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="199" />
        <source>{file} is in {crs}, not WGS 84.</source>
        <translation>{file} в системе координат {crs}, а не в WGS 84.</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="205" />
        <source>{file} has no list of features.</source>
        <translation>В {file} нет списка объектов.</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="220" />
        <source>{where} is not a GeoJSON feature.</source>
        <translation>{where}: это не объект GeoJSON.</translation>
    </message>
    <message>
        <location filename="../core/imsma/geojson.py" line="223" />
        <source>{where}: its properties are not an object.</source>
        <translation>{where}: его свойства (properties) — не объект JSON.</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="43" />
        <source>latitude and longitude swapped (the two columns exchanged)</source>
        <translation>широта и долгота перепутаны (два столбца поменялись местами)</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="44" />
        <source>the minus sign of the longitude lost (a west longitude written as east)</source>
        <translation>потерян знак минус у долготы (западная долгота записана как восточная)</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="45" />
        <source>the minus sign of the latitude lost (a south latitude written as north)</source>
        <translation>потерян знак минус у широты (южная широта записана как северная)</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="46" />
        <source>the minus signs of the latitude and the longitude lost (S and W lost)</source>
        <translation>потеряны знаки минус у широты и долготы (потеряны S и W)</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="48" />
        <source>degrees and minutes written as decimal degrees (40.3512 for 40°35.12′ instead of 40.5853)</source>
        <translation>градусы и минуты записаны как десятичные градусы (40.3512 для 40°35.12′ вместо 40.5853)</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="51" />
        <source>degrees, minutes and seconds written as decimal degrees (40.3507 for 40°35′07″ instead of 40.5853)</source>
        <translation>градусы, минуты и секунды записаны как десятичные градусы (40.3507 для 40°35′07″ вместо 40.5853)</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="55" />
        <source>every point moved by the same {shift_m} m towards {bearing_deg}°: coordinates in another datum or CRS than WGS 84 (such as Pulkovo 1942)</source>
        <translation>все точки смещены на одни и те же {shift_m} м по направлению {bearing_deg}°: координаты в другом датуме или системе координат, а не в WGS 84 (например, в СК-42)</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="59" />
        <source>every point moved by the same {shift_m} m towards {bearing_deg}°, too far for another datum: a wrong zone or false easting, or a number added to every coordinate</source>
        <translation>все точки смещены на одни и те же {shift_m} м по направлению {bearing_deg}° — слишком далеко для другого датума: неверная зона или ложное смещение на восток (false easting), либо к каждой координате прибавлено число</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="62" />
        <source>the same points in another order (check point_no)</source>
        <translation>те же точки в другом порядке (проверьте point_no)</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="64" />
        <source>{count} vertex(es) of the GeoJSON boundary missing from the point list, the farthest {distance_m} m from it at {lat}, {lon} (latitude, longitude)</source>
        <translation>в списке точек нет вершин границы GeoJSON (количество: {count}), самая дальняя — в {distance_m} м от него, в точке {lat}, {lon} (широта, долгота)</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="67" />
        <source>the point lists give {csv_parts} part(s), the GeoJSON {geojson_parts}</source>
        <translation>списки точек дают частей: {csv_parts}, GeoJSON — {geojson_parts}</translation>
    </message>
    <message>
        <location filename="../core/imsma/mismatch.py" line="69" />
        <source>unknown: point {point_no} (line {line}) lies {distance_m} m from the GeoJSON boundary</source>
        <translation>неизвестна: точка {point_no} (строка {line}) лежит в {distance_m} м от границы GeoJSON</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="81" />
        <source>line {line}: {column} is empty.</source>
        <translation>строка {line}: {column} пусто.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="87" />
        <source>line {line}: {column} {value} is not a number.</source>
        <translation>строка {line}: {column} {value} — не число.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="94" />
        <source>line {line}: {column} {value} is not a finite number (NaN or infinite).</source>
        <translation>строка {line}: {column} {value} — не конечное число (NaN или бесконечность).</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="108" />
        <source>line {line}: latitude {latitude:g}, longitude {longitude:g} are not degrees: the point lists hold WGS 84 degrees, not projected coordinates (UTM, Gauss–Krüger).</source>
        <translation>строка {line}: широта {latitude:g}, долгота {longitude:g} — не градусы: списки точек содержат градусы WGS 84, а не проекционные координаты (UTM, Гаусс–Крюгер).</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="113" />
        <source>line {line}: latitude {latitude:g} is not between -90 and 90 (longitude {longitude:g}): are the latitude and longitude columns swapped?</source>
        <translation>строка {line}: широта {latitude:g} не в диапазоне от -90 до 90 (долгота {longitude:g}): не перепутаны ли столбцы широты и долготы?</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="117" />
        <source>line {line}: latitude {latitude:g} is not between -90 and 90.</source>
        <translation>строка {line}: широта {latitude:g} не в диапазоне от -90 до 90.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="126" />
        <source>line {line}: point_no {number:g} is not a whole number.</source>
        <translation>строка {line}: point_no {number:g} — не целое число.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="158" />
        <location filename="../core/imsma/point_csv.py" line="239" />
        <source>{file} line {line} is not CSV: {reason}</source>
        <translation>{file}, строка {line}: не CSV: {reason}</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="168" />
        <source>{file} is empty (no header row).</source>
        <translation>{file} пуст (нет строки заголовка).</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="175" />
        <source>{file}: the column {columns} appears more than once in the header.</source>
        <translation>{file}: столбец {columns} встречается в заголовке более одного раза.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="183" />
        <source>{file} has no column {missing} (its first line is {first}): a point list is comma-separated (semicolons and tabs are also read) with the columns {required}.</source>
        <translation>В {file} нет столбца {missing} (его первая строка: {first}): список точек — это значения через запятую (читаются также точка с запятой и табуляция) со столбцами {required}.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="250" />
        <source>line {line} has {count} values where the header has {columns} columns: a separator or a decimal comma inside a value that is not quoted?</source>
        <translation>строка {line}: значений — {count}, а в заголовке столбцов — {columns}: разделитель или десятичная запятая внутри значения без кавычек?</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_csv.py" line="261" />
        <source>line {line}: point {number} of {id} is already on line {first}.</source>
        <translation>строка {line}: точка {number} объекта {id} уже есть в строке {first}.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_lists.py" line="66" />
        <location filename="../core/imsma/point_lists.py" line="211" />
        <source>{what}: {count} distinct point(s), a polygon needs at least 3.</source>
        <translation>{what}: различных точек — {count}, а полигону нужно не менее 3.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_lists.py" line="73" />
        <source>{what}: the points are in a line, the polygon has no area.</source>
        <translation>{what}: точки лежат на одной линии, у полигона нет площади.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_lists.py" line="131" />
        <source>{id}: a {type} is not a polygon.</source>
        <translation>{id}: {type} — не полигон.</translation>
    </message>
    <message>
        <location filename="../core/imsma/point_lists.py" line="196" />
        <source>{id}: point_no {number} is used twice.</source>
        <translation>{id}: point_no {number} использован дважды.</translation>
    </message>
</context>
<context>
    <name>LandReleaseInputs</name>
    <message>
        <location filename="../processing/inputs.py" line="121" />
        <source>the districts' extent plus {:g} km</source>
        <translation>охват районов плюс {:g} км</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="123" />
        <source>the area of use of {}</source>
        <translation>область применения {}</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="127" />
        <source>{}: {} feature(s) lie outside the programme's area ({}: {}): {}. They are used as they are: check their coordinates (latitude and longitude swapped, a wrong zone or CRS).</source>
        <translation>{}: {} объект(ов) вне территории программы ({}: {}): {}. Они используются как есть: проверьте их координаты (перепутаны широта и долгота, неверная зона или система координат).</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="153" />
        <source>{}: the stored dates of {} cannot be read ({}): read as QGIS reads them.</source>
        <translation>{}: не удаётся прочитать сохранённые даты {} ({}): они читаются так, как их читает QGIS.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="184" />
        <source>{}: {} value(s) that should be whole numbers of 0 or more are not: {}. Correct them (a count of items found, a depth in cm).</source>
        <translation>{}: {} значени(й), которые должны быть целыми числами от 0, таковыми не являются: {}. Исправьте их (число найденных предметов, глубина в см).</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="85" />
        <source>{name}: the file {path} has no layer {layer}; it holds: {present}.</source>
        <translation>{name}: в файле {path} нет слоя {layer}; в нём есть: {present}.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="89" />
        <source>{name}: the file {path} is there but cannot be opened as a layer ({reason}). It may be damaged or copied only in part: copy it again, or open it in QGIS to see what is wrong.</source>
        <translation>{name}: файл {path} существует, но не открывается как слой ({reason}). Возможно, он повреждён или скопирован не полностью: скопируйте его ещё раз или откройте в QGIS, чтобы увидеть, что не так.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="92" />
        <source>no vector format recognised</source>
        <translation>векторный формат не распознан</translation>
    </message>
</context>
<context>
    <name>LandReleaseModel</name>
    <message>
        <location filename="../core/model.py" line="70" />
        <source>Detonation</source>
        <translation>Подрыв</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="71" />
        <source>Accident (known location)</source>
        <translation>Несчастный случай (место известно)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="72" />
        <source>Minefield record (high reliability)</source>
        <translation>Формуляр минного поля (высокая достоверность)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="73" />
        <source>Hazard marking</source>
        <translation>Обозначение опасности</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="74" />
        <source>Mine seen</source>
        <translation>Замечена мина</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="75" />
        <source>ERW seen</source>
        <translation>Замечены ВПВ</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="76" />
        <source>Earlier survey</source>
        <translation>Предыдущее обследование</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="77" />
        <source>Combat zone</source>
        <translation>Зона боевых действий</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="78" />
        <source>Defensive position</source>
        <translation>Оборонительная позиция</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="79" />
        <source>Accident (location unknown)</source>
        <translation>Несчастный случай (место неизвестно)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="80" />
        <source>Minefield record (low reliability)</source>
        <translation>Формуляр минного поля (низкая достоверность)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="81" />
        <source>Land not used</source>
        <translation>Земля не используется</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="82" />
        <source>Verbal report</source>
        <translation>Устное сообщение</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="84" />
        <source>Direct</source>
        <translation>Прямое</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="84" />
        <source>Indirect</source>
        <translation>Косвенное</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="87" />
        <source>Anti-personnel mines</source>
        <translation>Противопехотные мины</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="88" />
        <source>Anti-tank mines</source>
        <translation>Противотанковые мины</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="89" />
        <source>Mixed AP and AT</source>
        <translation>Смешанные (ПП и ПТ)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="90" />
        <source>Unexploded ordnance</source>
        <translation>Неразорвавшиеся боеприпасы</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="91" />
        <source>Cluster munitions</source>
        <translation>Кассетные боеприпасы</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="92" />
        <source>Improvised explosive devices</source>
        <translation>Самодельные взрывные устройства</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="93" />
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="97" />
        <source>Visual</source>
        <translation>Визуальный</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="98" />
        <source>Verbal</source>
        <translation>Устный</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="99" />
        <source>Record</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="101" />
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="101" />
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="101" />
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="104" />
        <source>SHA – suspected hazardous area</source>
        <translation>ПОО – подозреваемая опасная область</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="105" />
        <source>CHA – confirmed hazardous area</source>
        <translation>ПдОО – подтверждённая опасная область</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="109" />
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="110" />
        <source>Worked on</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="111" />
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="115" />
        <source>Non-technical survey</source>
        <translation>Нетехническое обследование</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="116" />
        <source>Technical survey</source>
        <translation>Техническое обследование</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="117" />
        <source>Clearance</source>
        <translation>Очистка</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="121" />
        <source>Cancelled</source>
        <translation>Исключена</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="122" />
        <source>Reduced</source>
        <translation>Сокращена</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="123" />
        <source>Cleared</source>
        <translation>Очищена</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="127" />
        <source>Manual</source>
        <translation>Ручной</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="128" />
        <source>Mechanical</source>
        <translation>Механический</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="129" />
        <source>Mine detection dogs</source>
        <translation>Минно-розыскные собаки</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="130" />
        <source>Combined</source>
        <translation>Комбинированный</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="131" />
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="135" />
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="136" />
        <source>Passed</source>
        <translation>Пройден</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="137" />
        <source>Failed</source>
        <translation>Не пройден</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="141" />
        <source>Reference point</source>
        <translation>Ориентир</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="142" />
        <source>Benchmark</source>
        <translation>Репер</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="143" />
        <source>Start point</source>
        <translation>Начальная точка</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="144" />
        <source>Turning point</source>
        <translation>Поворотная точка</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="145" />
        <source>Intermediate point</source>
        <translation>Промежуточная точка</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="146" />
        <source>End point</source>
        <translation>Конечная точка</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="147" />
        <source>Evidence point</source>
        <translation>Точка доказательства</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="151" />
        <source>Degrees (360)</source>
        <translation>Градусы (360)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="152" />
        <source>Mils (6400)</source>
        <translation>Тысячные (6400)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="153" />
        <source>Mils (6000)</source>
        <translation>Тысячные (6000)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="154" />
        <source>Gon (400)</source>
        <translation>Гоны (400)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="158" />
        <source>Grid north</source>
        <translation>Север координатной сетки</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="159" />
        <source>True north</source>
        <translation>Истинный север</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="160" />
        <source>Magnetic north</source>
        <translation>Магнитный север</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="164" />
        <source>Entered (the value on the record)</source>
        <translation>Введено (значение из формуляра)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="165" />
        <source>From a field of the data</source>
        <translation>Из поля данных</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="166" />
        <source>IGRF model (record date and place)</source>
        <translation>Модель IGRF (по дате и месту формуляра)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="170" />
        <source>Insert</source>
        <translation>Вставка</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="171" />
        <source>Update</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="172" />
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="240" />
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="241" />
        <source>Created at</source>
        <translation>Время создания</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="242" />
        <source>Created by</source>
        <translation>Кем создано</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="243" />
        <source>Updated at</source>
        <translation>Время изменения</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="257" />
        <source>Line of contact</source>
        <translation>Линия соприкосновения</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="258" />
        <location filename="../core/model.py" line="417" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="259" />
        <location filename="../core/model.py" line="307" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="260" />
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="261" />
        <source>Valid to</source>
        <translation>Действует по</translation>
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
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="268" />
        <source>Evidence</source>
        <translation>Доказательство</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="269" />
        <source>Evidence ID</source>
        <translation>ID доказательства</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="270" />
        <source>Evidence type</source>
        <translation>Тип доказательства</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="274" />
        <source>Evidence class</source>
        <translation>Класс доказательства</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="278" />
        <source>Device category</source>
        <translation>Категория устройства</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="279" />
        <source>Device model</source>
        <translation>Модель устройства</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="280" />
        <source>Source type</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="281" />
        <source>Reliability</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="282" />
        <source>Reported on</source>
        <translation>Дата сообщения</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="283" />
        <source>Reported by</source>
        <translation>Кем сообщено</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="285" />
        <location filename="../core/model.py" line="340" />
        <location filename="../core/model.py" line="358" />
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="292" />
        <source>Hazardous area</source>
        <translation>Опасная область</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="293" />
        <location filename="../core/model.py" line="319" />
        <location filename="../core/model.py" line="403" />
        <source>Hazard ID</source>
        <translation>ID опасной области</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="294" />
        <location filename="../styles/symbology.py" line="93" />
        <source>Classification</source>
        <translation>Классификация</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="295" />
        <location filename="../core/model.py" line="408" />
        <location filename="../styles/symbology.py" line="102" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="296" />
        <location filename="../core/model.py" line="415" />
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="297" />
        <source>Contamination</source>
        <translation>Загрязнение</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="298" />
        <source>Direct evidence (count)</source>
        <translation>Прямые доказательства (кол-во)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="299" />
        <source>Indirect evidence (count)</source>
        <translation>Косвенные доказательства (кол-во)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="300" />
        <source>Estimated area (m²)</source>
        <translation>Оценочная площадь (м²)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="301" />
        <source>Remaining area (m²)</source>
        <translation>Оставшаяся площадь (м²)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="302" />
        <location filename="../core/model.py" line="405" />
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="303" />
        <source>Parent hazard ID</source>
        <translation>ID родительской опасной области</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="304" />
        <source>Recorded on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="305" />
        <source>Status changed on</source>
        <translation>Дата изменения статуса</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="306" />
        <source>Reason for status</source>
        <translation>Причина статуса</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="308" />
        <location filename="../core/model.py" line="337" />
        <source>IMSMA ID</source>
        <translation>ID в IMSMA</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="309" />
        <location filename="../core/model.py" line="338" />
        <source>IMSMA links</source>
        <translation>Связи IMSMA</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="317" />
        <source>Land release</source>
        <translation>Высвобождение земель</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="318" />
        <source>Release ID</source>
        <translation>ID высвобождения</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="320" />
        <source>Activity</source>
        <translation>Вид работ</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="321" />
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="322" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="323" />
        <location filename="../core/model.py" line="404" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="324" />
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="325" />
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="326" />
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="327" />
        <source>Clearance depth (cm)</source>
        <translation>Глубина очистки (см)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="328" />
        <source>AP mines found</source>
        <translation>Обнаружено ПП мин</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="329" />
        <source>AT mines found</source>
        <translation>Обнаружено ПТ мин</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="330" />
        <source>UXO found</source>
        <translation>Обнаружено НРБ</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="331" />
        <source>Cluster munitions found</source>
        <translation>Обнаружено кассетных боеприпасов</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="332" />
        <source>QA status</source>
        <translation>Статус контроля качества</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="333" />
        <source>Reviewed by</source>
        <translation>Проверил</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="334" />
        <source>Reviewed on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="335" />
        <source>Review remarks</source>
        <translation>Замечания проверки</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="336" />
        <source>Area (m²)</source>
        <translation>Площадь (м²)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="347" />
        <source>Survey point</source>
        <translation>Точка обследования</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="348" />
        <source>Hazard or release ID</source>
        <translation>ID опасной области или высвобождения</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="349" />
        <location filename="../core/model.py" line="390" />
        <source>Point type</source>
        <translation>Тип точки</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="350" />
        <location filename="../core/model.py" line="389" />
        <source>Sequence</source>
        <translation>Порядковый номер</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="351" />
        <location filename="../core/model.py" line="391" />
        <source>Bearing</source>
        <translation>Азимут</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="352" />
        <location filename="../core/model.py" line="392" />
        <source>Bearing unit</source>
        <translation>Единица азимута</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="353" />
        <location filename="../core/model.py" line="393" />
        <source>North reference</source>
        <translation>Отсчёт от севера</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="354" />
        <location filename="../core/model.py" line="394" />
        <source>Distance (m)</source>
        <translation>Расстояние (м)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="355" />
        <source>Entered as</source>
        <translation>Как введено</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="356" />
        <source>Marker</source>
        <translation>Знак на местности</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="364" />
        <source>Minefield record</source>
        <translation>Формуляр минного поля</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="365" />
        <location filename="../core/model.py" line="388" />
        <source>Record ID</source>
        <translation>ID формуляра</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="366" />
        <source>Document reference</source>
        <translation>Ссылка на документ</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="367" />
        <source>Record date</source>
        <translation>Дата формуляра</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="368" />
        <source>Side that laid the mines</source>
        <translation>Сторона, установившая мины</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="369" />
        <source>Mine types</source>
        <translation>Типы мин</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="370" />
        <source>Mines recorded</source>
        <translation>Учтено мин</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="371" />
        <source>Accuracy (%)</source>
        <translation>Точность (%)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="372" />
        <source>Closure error (m)</source>
        <translation>Невязка (м)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="373" />
        <source>Magnetic declination (°, east positive)</source>
        <translation>Магнитное склонение (°, восточное положительное)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="377" />
        <source>Declination source</source>
        <translation>Источник склонения</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="387" />
        <source>Traverse leg</source>
        <translation>Сторона хода</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="401" />
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="402" />
        <source>Task ID</source>
        <translation>ID задачи</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="406" />
        <source>Planned start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="407" />
        <source>Planned end</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="416" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="418" />
        <source>Name (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="425" />
        <source>Edit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="426" />
        <location filename="../core/model.py" line="440" />
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="427" />
        <location filename="../core/model.py" line="441" />
        <source>Feature UUID</source>
        <translation>UUID объекта</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="428" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="429" />
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="430" />
        <source>Changed at</source>
        <translation>Время изменения</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="431" />
        <source>Before (JSON)</source>
        <translation>До (JSON)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="432" />
        <source>After (JSON)</source>
        <translation>После (JSON)</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="438" />
        <source>Sync conflict</source>
        <translation>Конфликт синхронизации</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="439" />
        <source>Field package</source>
        <translation>Полевой пакет</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="442" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="443" />
        <source>Value when packed</source>
        <translation>Значение при упаковке</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="444" />
        <source>Office value</source>
        <translation>Значение в офисе</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="445" />
        <source>Field value</source>
        <translation>Значение из поля</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="446" />
        <source>Synced at</source>
        <translation>Время синхронизации</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="447" />
        <source>Resolved</source>
        <translation>Решён</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="478" />
        <source>Land releases</source>
        <translation>Высвобожденные участки</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="486" />
        <location filename="../core/model.py" line="494" />
        <source>Survey points</source>
        <translation>Точки обследования</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="500" />
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../core/model.py" line="503" />
        <source>Traverse legs</source>
        <translation>Стороны ходов</translation>
    </message>
    <message>
        <location filename="../styles/forms.py" line="93" />
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Фотографии (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <location filename="../styles/forms.py" line="242" />
        <source>Must be one of the codes of the list</source>
        <translation>Должно быть одним из кодов списка</translation>
    </message>
    <message>
        <location filename="../styles/forms.py" line="249" />
        <source>A photo is kept as DCIM/ and its file name ending in .jpg, .jpeg or .png</source>
        <translation>Фото хранится как DCIM/ и имя файла с расширением .jpg, .jpeg или .png</translation>
    </message>
    <message>
        <location filename="../styles/forms.py" line="261" />
        <source>The end date must not be before the start date</source>
        <translation>Дата окончания не должна быть раньше даты начала</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="116" />
        <source>Figures being recomputed</source>
        <translation>Цифры пересчитываются</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="122" />
        <source>Not classified</source>
        <translation>Не классифицировано</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="147" />
        <source>Type not recognised</source>
        <translation>Тип не распознан</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="165" />
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../styles/symbology.py" line="165" />
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
</context>
<context>
    <name>LandReleasePlugin</name>
    <message>
        <location filename="../plugin.py" line="57" />
        <source>The delineation algorithms are disabled. {}</source>
        <translation>Алгоритмы оконтуривания отключены. {}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="65" />
        <location filename="../plugin.py" line="67" />
        <location filename="../plugin.py" line="237" />
        <location filename="../plugin.py" line="329" />
        <source>Land Release</source>
        <translation>Высвобождение земель</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="72" />
        <source>New Database…</source>
        <translation>Новая база данных…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="74" />
        <source>Create a new land release database and add it to the project</source>
        <translation>Создать новую базу данных высвобождения земель и добавить её в проект</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="78" />
        <source>Open Database…</source>
        <translation>Открыть базу данных…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="80" />
        <source>Add an existing land release database to the project</source>
        <translation>Добавить в проект существующую базу данных высвобождения земель</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="84" />
        <source>Connect to Shared Database (PostGIS)…</source>
        <translation>Подключиться к общей базе данных (PostGIS)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="86" />
        <source>Add the layers of a land release schema on a PostgreSQL/PostGIS server</source>
        <translation>Добавить слои схемы высвобождения земель с сервера PostgreSQL/PostGIS</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="91" />
        <source>Record Land Release…</source>
        <translation>Зарегистрировать высвобождение земель…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="93" />
        <source>Record a cancelled, reduced or cleared area of a hazard</source>
        <translation>Зарегистрировать исключённый, сокращённый или очищенный участок опасной области</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="97" />
        <source>Review Releases…</source>
        <translation>Проверка высвобождений…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="99" />
        <source>Quality management: pass or fail the land releases waiting for review</source>
        <translation>Управление качеством: принять или отклонить высвобождения, ожидающие проверки</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="104" />
        <source>Turning Points…</source>
        <translation>Поворотные точки…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="106" />
        <source>Type a polygon as coordinates or bearings and distances, and save it</source>
        <translation>Ввести полигон координатами или азимутами и расстояниями и сохранить его</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="110" />
        <source>Create Database (Processing)…</source>
        <translation>Создать базу данных (алгоритм обработки)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="111" />
        <source>Delineate SHA…</source>
        <translation>Оконтурить ПОО…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="112" />
        <source>Delineate CHA…</source>
        <translation>Оконтурить ПдОО…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="113" />
        <source>Add Hazards to the Database…</source>
        <translation>Добавить опасные области в базу данных…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="114" />
        <source>Prepare Field Package…</source>
        <translation>Подготовить полевой пакет…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="115" />
        <source>Minefield Records to Polygons…</source>
        <translation>Формуляры минных полей в полигоны…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="116" />
        <source>Land Release Summary…</source>
        <translation>Сводка высвобождения земель…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="117" />
        <source>Check Data…</source>
        <translation>Проверить данные…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="118" />
        <source>Split into Tasks…</source>
        <translation>Разделить на задачи…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="119" />
        <source>Tasking Maps (PDF)…</source>
        <translation>Карты задач (PDF)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="120" />
        <source>Area Report (PDF)…</source>
        <translation>Отчёт по территории (PDF)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="121" />
        <source>Completion Report (PDF)…</source>
        <translation>Отчёт о завершении работ (PDF)…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="122" />
        <source>Export for IMSMA…</source>
        <translation>Экспорт для IMSMA…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="123" />
        <source>Import from IMSMA…</source>
        <translation>Импорт из IMSMA…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="124" />
        <source>Import Field Package…</source>
        <translation>Импортировать полевой пакет…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="130" />
        <source>Open the Processing dialog of this algorithm</source>
        <translation>Открыть диалог этого алгоритма обработки</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="144" />
        <source>Install Python Packages…</source>
        <translation>Установить пакеты Python…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="146" />
        <source>Install shapely 2, scipy and ppigrf into the QGIS profile when they are missing</source>
        <translation>Установить shapely 2, scipy и ppigrf в профиль QGIS, если их нет</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="162" />
        <source>Interface Language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="166" />
        <source>As QGIS</source>
        <translation>Как в QGIS</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="329" />
        <source>Open a land release database first.</source>
        <translation>Сначала откройте базу данных высвобождения земель.</translation>
    </message>
</context>
<context>
    <name>LandReleaseProgramme</name>
    <message>
        <location filename="../storage/programme.py" line="88" />
        <source>{}° E</source>
        <translation>{}° в.д.</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="88" />
        <source>{}° W</source>
        <translation>{}° з.д.</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="91" />
        <source>{}° N</source>
        <translation>{}° с.ш.</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="91" />
        <source>{}° S</source>
        <translation>{}° ю.ш.</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="93" />
        <source>{} to {}, {} to {}</source>
        <translation>от {} до {}, от {} до {}</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="146" />
        <source>The programme's bearing unit cannot be read ({}); degrees are used.</source>
        <translation>Не удаётся прочитать единицу азимутов программы ({}); используются градусы.</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="156" />
        <source>The database {} stores the bearing unit {!r}, which is none of {}; degrees are used. Set it again with Create land release database's BEARING_UNIT or programme.set_bearing_unit.</source>
        <translation>В базе данных {} записана единица азимутов {!r}, которой нет среди допустимых ({}); используются градусы. Задайте её заново параметром BEARING_UNIT алгоритма «Создать базу данных высвобождения земель» или функцией programme.set_bearing_unit.</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="173" />
        <source>{!r} is not a programme bearing unit: use one of {}.</source>
        <translation>{!r} — не единица азимутов программы: допустимы {}.</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="192" />
        <source>The bearing unit {} was not kept by {}.</source>
        <translation>Единица азимутов {} не сохранилась в {}.</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="216" />
        <location filename="../storage/programme.py" line="236" />
        <source>{} does not exist.</source>
        <translation>{} не существует.</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="228" />
        <source>Cannot open the GeoPackage {}: {}</source>
        <translation>Не удаётся открыть GeoPackage {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/programme.py" line="270" />
        <source>Cannot store the programme's settings in {}: {}</source>
        <translation>Не удаётся сохранить настройки программы в {}: {}</translation>
    </message>
</context>
<context>
    <name>LandReleaseProvider</name>
    <message>
        <location filename="../processing/provider.py" line="49" />
        <source>Land release (mine action)</source>
        <translation>Высвобождение земель (противоминная деятельность)</translation>
    </message>
</context>
<context>
    <name>LandReleaseRecording</name>
    <message>
        <location filename="../storage/field/sync.py" line="153" />
        <location filename="../storage/recording/releases.py" line="63" />
        <source>The end date {} is before the start date {}.</source>
        <translation>Дата окончания {} раньше даты начала {}.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="171" />
        <location filename="../storage/recording/releases.py" line="89" />
        <source>The release has no polygon.</source>
        <translation>У высвобожденного участка нет полигона.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="172" />
        <location filename="../storage/recording/releases.py" line="90" />
        <source>The release geometry must be a polygon.</source>
        <translation>Геометрия высвобожденного участка должна быть полигоном.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="173" />
        <location filename="../storage/recording/releases.py" line="91" />
        <source>The polygon is not valid: repair it (make valid) before saving.</source>
        <translation>Полигон недопустим: исправьте его (make valid) перед сохранением.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="174" />
        <location filename="../storage/recording/releases.py" line="92" />
        <source>The polygon has several parts: record each part as its own release.</source>
        <translation>У полигона несколько частей: зарегистрируйте каждую часть как отдельное высвобождение.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="179" />
        <location filename="../storage/recording/releases.py" line="70" />
        <source>There is no hazard {}.</source>
        <translation>Опасной области {} нет.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="435" />
        <location filename="../storage/recording/transaction.py" line="230" />
        <source>The layer {} has unsaved edits: save or discard them first.</source>
        <translation>В слое {} есть несохранённые правки: сначала сохраните или отмените их.</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="80" />
        <source>an invalid date</source>
        <translation>недопустимая дата</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="92" />
        <location filename="../storage/recording/field_values.py" line="99" />
        <location filename="../storage/recording/field_values.py" line="104" />
        <source>is not a whole number</source>
        <translation>— не целое число</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="97" />
        <location filename="../storage/recording/field_values.py" line="110" />
        <location filename="../storage/recording/field_values.py" line="118" />
        <source>is not a number</source>
        <translation>— не число</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="116" />
        <source>is not a number (the decimal mark is a point)</source>
        <translation>— не число (десятичный разделитель — точка)</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="128" />
        <location filename="../storage/recording/field_values.py" line="145" />
        <source>is not a date</source>
        <translation>— не дата</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="154" />
        <source>holds a broken character (\u{:04x}, character {}): type that part again</source>
        <translation>содержит повреждённый символ (\u{:04x}, позиция {}): введите эту часть заново</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="159" />
        <source>holds a control character (U+{:04X}, character {}): remove it</source>
        <translation>содержит управляющий символ (U+{:04X}, позиция {}): удалите его</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="165" />
        <source>has {} characters; it holds at most {}: shorten it</source>
        <translation>длиной {} симв., а допускается не более {}: сократите его</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="193" />
        <source>{}: {} is not a date ({}): type it as YYYY-MM-DD, e.g. 2025-06-30.</source>
        <translation>{}: {} — не дата ({}): введите её в виде YYYY-MM-DD, например 2025-06-30.</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="197" />
        <source>e.g. 12</source>
        <translation>например 12</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="197" />
        <source>e.g. 12.5</source>
        <translation>например 12.5</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="198" />
        <source>{}: {} {} ({}): type a number, {}.</source>
        <translation>{}: {} {} ({}): введите число, {}.</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="201" />
        <source>{}: the text {} {} ({}).</source>
        <translation>{}: текст {} {} ({}).</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="203" />
        <source>{}: {} is not in the code list ({}): choose one of {}.</source>
        <translation>{}: {} нет в кодификаторе ({}): выберите одно из значений: {}.</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="213" />
        <source>{} cannot be negative ({}: {}): type 0 or more.</source>
        <translation>{}: значение не может быть отрицательным ({}: {}): введите 0 или больше.</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="215" />
        <source>{}: {} is outside {} to {} ({}): check the value and its unit.</source>
        <translation>{}: {} вне диапазона от {} до {} ({}): проверьте значение и его единицу измерения.</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="236" />
        <source>{}: {} is in the future ({}): type the day it happened.</source>
        <translation>{}: {} — дата в будущем ({}): введите день, когда это произошло.</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="240" />
        <source>{}: {} is before {} ({}): check the year.</source>
        <translation>{}: {} раньше {} года ({}): проверьте год.</translation>
    </message>
    <message>
        <location filename="../storage/recording/field_values.py" line="276" />
        <source>{} is mandatory ({}): fill it in.</source>
        <translation>{}: обязательное поле ({}): заполните его.</translation>
    </message>
    <message>
        <location filename="../storage/recording/hazard_figures.py" line="56" />
        <source>Nothing was saved.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../storage/recording/hazards.py" line="35" />
        <source>A hazard {} is already recorded: choose another hazard ID.</source>
        <translation>Опасная область {} уже зарегистрирована: выберите другой ID опасной области.</translation>
    </message>
    <message>
        <location filename="../storage/recording/hazards.py" line="39" />
        <source>This hazard is already saved.</source>
        <translation>Эта опасная область уже сохранена.</translation>
    </message>
    <message>
        <location filename="../storage/recording/hazards.py" line="42" />
        <source>The hazard has no polygon.</source>
        <translation>У опасной области нет полигона.</translation>
    </message>
    <message>
        <location filename="../storage/recording/hazards.py" line="43" />
        <source>The hazard geometry must be a polygon.</source>
        <translation>Геометрия опасной области должна быть полигоном.</translation>
    </message>
    <message>
        <location filename="../storage/recording/hazards.py" line="44" />
        <location filename="../storage/recording/minefield_records.py" line="138" />
        <source>The polygon is not valid (its sides cross?): correct the points before saving.</source>
        <translation>Полигон недопустим (его стороны пересекаются?): исправьте точки перед сохранением.</translation>
    </message>
    <message>
        <location filename="../storage/recording/hazards.py" line="45" />
        <source>The polygon has several parts: record each part as its own hazard.</source>
        <translation>У полигона несколько частей: зарегистрируйте каждую часть как отдельную опасную область.</translation>
    </message>
    <message>
        <location filename="../storage/recording/hazards.py" line="79" />
        <source>{}: this hazard ID is given twice.</source>
        <translation>{}: этот ID опасной области указан дважды.</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="44" />
        <source>{} m² ({} ha)</source>
        <translation>{} м² ({} га)</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="84" />
        <location filename="../storage/recording/polygons.py" line="72" />
        <source>The polygon has a vertex without a position (NaN or infinite coordinates): draw it or import it again.</source>
        <translation>У полигона есть вершина без положения (координаты NaN или бесконечные): нарисуйте или импортируйте его заново.</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="89" />
        <source>The hazard {} has a vertex without a position (NaN or infinite coordinates): repair the hazard first.</source>
        <translation>У опасной области {} есть вершина без положения (координаты NaN или бесконечные): сначала исправьте опасную область.</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="97" />
        <source>No polygon yet: digitise it or take it from a source.</source>
        <translation>Полигона ещё нет: оцифруйте его или возьмите из источника.</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="98" />
        <source>The polygon is not valid ({}). Repair it before saving.</source>
        <translation>Полигон недопустим ({}). Исправьте его перед сохранением.</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="108" />
        <source>Area: {}</source>
        <translation>Площадь: {}</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="112" />
        <source>The polygon lies entirely outside the hazard.</source>
        <translation>Полигон целиком лежит вне опасной области.</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="114" />
        <source>{} lie outside the hazard and will not be counted.</source>
        <translation>{} лежат вне опасной области и не будут учтены.</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="118" />
        <source>The release ({}) is larger than the hazard ({}).</source>
        <translation>Высвобожденный участок ({}) больше опасной области ({}).</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="121" />
        <source>Overlaps the earlier release {} by {}; counted once.</source>
        <translation>Перекрывает ранее высвобожденный участок {} на {}; учитывается один раз.</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="123" />
        <source>Remaining in the hazard after saving: {} (status: {}).</source>
        <translation>Останется в опасной области после сохранения: {} (статус: {}).</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="176" />
        <source>The saved release {} has a vertex without a position (NaN or infinite coordinates): the hazard's figures cannot be counted. Repair it first (Check data lists it).</source>
        <translation>У сохранённого высвобождения {} есть вершина без положения (координаты NaN или бесконечные): цифры опасной области невозможно подсчитать. Сначала исправьте его (алгоритм «Проверить данные» его перечисляет).</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="63" />
        <source>The declination and where it comes from go together: give both or neither.</source>
        <translation>Склонение и его источник указываются вместе: укажите оба или ни одного.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="78" />
        <source>Leg {}: {}</source>
        <translation>Сторона хода {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="81" />
        <source>Two legs have the sequence number {}.</source>
        <translation>У двух сторон хода один и тот же порядковый номер {}.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="88" />
        <source>Leg {}: the bearing and its unit are mandatory.</source>
        <translation>Сторона хода {}: азимут и его единица обязательны.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="91" />
        <source>Leg {}: the bearing {} is outside 0 to {}.</source>
        <translation>Сторона хода {}: азимут {} вне диапазона от 0 до {}.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="96" />
        <source>Leg {}: the distance must be 0 m or more.</source>
        <translation>Сторона хода {}: расстояние должно быть не меньше 0 м.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="98" />
        <source>Leg {}: the north reference is mandatory.</source>
        <translation>Сторона хода {}: отсчёт от севера обязателен.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="102" />
        <source>Leg {} is magnetic but the record has no declination: give the record's date or the declination printed on it.</source>
        <translation>Сторона хода {} задана магнитным азимутом, но у формуляра нет склонения: укажите дату формуляра или склонение, записанное в нём.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="113" />
        <source>The record has no first point (reference point or benchmark) to start from.</source>
        <translation>У формуляра нет первой точки (ориентира или репера), от которой начинается ход.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="122" />
        <source>The first survey point must be the reference point, benchmark or start point, with sequence number 0.</source>
        <translation>Первая точка обследования должна быть ориентиром, репером или начальной точкой с порядковым номером 0.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="136" />
        <source>The record has no polygon.</source>
        <translation>У формуляра нет полигона.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="137" />
        <source>The record geometry must be a polygon.</source>
        <translation>Геометрия формуляра должна быть полигоном.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="139" />
        <source>The polygon has several parts: record each part as its own record.</source>
        <translation>Полигон состоит из нескольких частей: запишите каждую часть отдельным формуляром.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="165" />
        <source>The shared database {} has no column {}: the database administrator must add it (ALTER TABLE … ADD COLUMN, as the data model defines it). Nothing was saved.</source>
        <translation>В общей базе данных {} нет столбца {}: его должен добавить администратор базы данных (ALTER TABLE … ADD COLUMN, как определено в модели данных). Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="171" />
        <source>The database {} has no column {}: it was made by an earlier version. Open it again with Land Release (Open database), which adds the column. Nothing was saved.</source>
        <translation>В базе данных {} нет столбца {}: она создана более ранней версией. Откройте её заново через меню «Высвобождение земель» (Открыть базу данных…), которое добавит столбец. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="187" />
        <source>A minefield record {} is already recorded: choose another record ID.</source>
        <translation>Формуляр минного поля {} уже записан: выберите другой ID формуляра.</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="192" />
        <source>survey points</source>
        <translation>точки обследования</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="193" />
        <source>traverse legs</source>
        <translation>стороны хода</translation>
    </message>
    <message>
        <location filename="../storage/recording/minefield_records.py" line="199" />
        <source>The database already holds {} {} of {}: the ID is in use. Choose another record ID.</source>
        <translation>В базе данных уже есть записи (количество: {}, {}) формуляра {}: этот ID занят. Выберите другой ID формуляра.</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="32" />
        <source>The folder of the database, {}, is read-only: the database writes its journal beside the file. Ask for write access to the folder, or copy the database to a folder where you may write and open the copy. Nothing was saved.</source>
        <translation>Папка базы данных {} доступна только для чтения: база данных записывает свой журнал транзакций рядом с файлом. Запросите право на запись в папку или скопируйте базу данных в папку, где у вас есть право на запись, и откройте копию. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="46" />
        <source>The database file {} is read-only: ask for write access, or copy it to a folder where you may write and open the copy. Nothing was saved.</source>
        <translation>Файл базы данных {} доступен только для чтения: запросите право на запись или скопируйте его в папку, где у вас есть право на запись, и откройте копию. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="53" />
        <source>The disk holding {} is full: free space (or move the database to another disk) and save again. Nothing was saved.</source>
        <translation>Диск, на котором находится {}, заполнен: освободите место (или перенесите базу данных на другой диск) и сохраните снова. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="62" />
        <source>The disk of the database server is full: ask the database administrator to free space. Nothing was saved.</source>
        <translation>Диск сервера базы данных заполнен: попросите администратора базы данных освободить место. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="67" />
        <source>The shared database {} accepts no changes now (a read-only or standby server): ask the database administrator. Nothing was saved.</source>
        <translation>Общая база данных {} сейчас не принимает изменений (сервер только для чтения или резервный): обратитесь к администратору базы данных. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="78" />
        <source>The database {} refused the change: {}. Nothing was saved.</source>
        <translation>База данных {} отклонила изменение: {}. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="82" />
        <source>The database {} refused the change. Nothing was saved; the details are in the message log (Land Release).</source>
        <translation>База данных {} отклонила изменение. Ничего не сохранено; подробности — в журнале сообщений (Land Release).</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="121" />
        <source>Someone else is saving changes to the same hazard and the database stayed busy. Nothing was saved: try again.{}</source>
        <translation>Кто-то другой сохраняет изменения той же опасной области, и база данных осталась занята. Ничего не сохранено: попробуйте ещё раз.{}</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="126" />
        <source>A record with the same ID or UUID was saved in the meantime, perhaps by another officer. Nothing was saved: reload and choose another ID.{}</source>
        <translation>Тем временем запись с тем же ID или UUID уже сохранена, возможно, другим сотрудником. Ничего не сохранено: перезагрузите данные и выберите другой ID.{}</translation>
    </message>
    <message>
        <location filename="../storage/recording/refusals.py" line="131" />
        <source>Your database account may not make this change (permission denied). Nothing was saved: ask your database administrator for the editor role.{}</source>
        <translation>У вашей учётной записи базы данных нет права на это изменение (permission denied). Ничего не сохранено: попросите администратора базы данных выдать вам роль редактора.{}</translation>
    </message>
    <message>
        <location filename="../storage/recording/release_undo.py" line="35" />
        <source>The release {} has no UUID and cannot be undone.</source>
        <translation>У высвобождения {} нет UUID, и его нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../storage/recording/release_undo.py" line="49" />
        <source>The release {} is no longer in the database.</source>
        <translation>Высвобождения {} больше нет в базе данных.</translation>
    </message>
    <message>
        <location filename="../storage/recording/release_undo.py" line="55" />
        <source>The release {} was reviewed by quality management ({}) after it was saved: it is not undone. Ask quality management to reopen it, then change it.</source>
        <translation>Высвобождение {} после сохранения проверено службой управления качеством ({}): отмена не выполняется. Попросите службу управления качеством вновь открыть его, затем измените.</translation>
    </message>
    <message>
        <location filename="../storage/recording/release_undo.py" line="76" />
        <source>The release {} cannot be written again.</source>
        <translation>Высвобождение {} не удаётся записать повторно.</translation>
    </message>
    <message>
        <location filename="../storage/recording/releases.py" line="73" />
        <source>The release names hazard {} but the chosen hazard is {}.</source>
        <translation>Высвобожденный участок ссылается на опасную область {}, но выбрана опасная область {}.</translation>
    </message>
    <message>
        <location filename="../storage/recording/releases.py" line="81" />
        <source>A release {} is already recorded: it is not saved twice.</source>
        <translation>Высвобождение {} уже зарегистрировано: дважды оно не сохраняется.</translation>
    </message>
    <message>
        <location filename="../storage/recording/releases.py" line="85" />
        <source>This release is already saved.</source>
        <translation>Это высвобождение уже сохранено.</translation>
    </message>
    <message>
        <location filename="../storage/recording/releases.py" line="115" />
        <source>A new release is saved as pending review: quality management passes or fails it (Land Release ▸ Review Releases…). Leave the QA status and the review fields empty.</source>
        <translation>Новое высвобождение сохраняется как ожидающее проверки: его принимает или отклоняет служба управления качеством (Land Release ▸ Проверка высвобождений…). Оставьте статус контроля качества и поля проверки пустыми.</translation>
    </message>
    <message>
        <location filename="../storage/recording/survey_points.py" line="28" />
        <source>Survey point {}: {}</source>
        <translation>Точка обследования {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/recording/survey_points.py" line="30" />
        <source>Survey point {} has no position.</source>
        <translation>У точки обследования {} нет положения.</translation>
    </message>
    <message>
        <location filename="../storage/recording/transaction.py" line="90" />
        <source>Cannot start a transaction on {}.</source>
        <translation>Не удаётся начать транзакцию в {}.</translation>
    </message>
    <message>
        <location filename="../storage/recording/transaction.py" line="117" />
        <source>Saving to {} failed: {}</source>
        <translation>Не удалось сохранить в {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/recording/transaction.py" line="137" />
        <source>The database has no layer {}.</source>
        <translation>В базе данных нет слоя {}.</translation>
    </message>
    <message>
        <location filename="../storage/recording/transaction.py" line="147" />
        <source>Cannot write to {}.</source>
        <translation>Не удаётся записать в {}.</translation>
    </message>
    <message>
        <location filename="../storage/recording/transaction.py" line="160" />
        <source>The database refused the commit.</source>
        <translation>База данных отклонила фиксацию транзакции.</translation>
    </message>
    <message>
        <location filename="../storage/recording/live_check.py" line="154" />
        <source>Remaining in the hazard after saving: unknown ({}).</source>
        <translation>Останется в опасной области после сохранения: неизвестно ({}).</translation>
    </message>
</context>
<context>
    <name>LandReleaseReview</name>
    <message>
        <location filename="../storage/recording/review.py" line="191" />
        <source>A review passes or fails a release; {} is neither.</source>
        <translation>Проверка либо принимает высвобождение, либо отклоняет его; {} — ни то ни другое.</translation>
    </message>
    <message>
        <location filename="../storage/recording/review.py" line="193" />
        <source>Say why the release fails: the reason is kept with the release.</source>
        <translation>Укажите, почему высвобождение отклонено: причина сохраняется вместе с ним.</translation>
    </message>
    <message>
        <location filename="../storage/recording/review.py" line="219" />
        <source>The release {} has no usable UUID.</source>
        <translation>У высвобождения {} нет пригодного UUID.</translation>
    </message>
    <message>
        <location filename="../storage/recording/review.py" line="293" />
        <source>The release {} is no longer in the database (deleted since the queue was listed). Nothing was saved.</source>
        <translation>Высвобождения {} больше нет в базе данных (удалено после составления очереди). Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../storage/recording/review.py" line="301" />
        <source>The release {} was reviewed meanwhile ({} by {} on {}). Nothing was saved; the queue is listed again.</source>
        <translation>Высвобождение {} тем временем уже проверено ({}, проверил: {}, дата: {}). Ничего не сохранено; очередь составлена заново.</translation>
    </message>
    <message>
        <location filename="../storage/recording/review.py" line="306" />
        <source>an unknown reviewer</source>
        <translation>неизвестный проверяющий</translation>
    </message>
    <message>
        <location filename="../storage/recording/review.py" line="307" />
        <source>an unknown day</source>
        <translation>неизвестная дата</translation>
    </message>
    <message>
        <location filename="../storage/recording/review.py" line="313" />
        <source>The release {} was changed since the queue was listed. Nothing was saved: look at it again (the queue is listed again) before you review it.</source>
        <translation>Высвобождение {} изменено после составления очереди. Ничего не сохранено: просмотрите его ещё раз (очередь составлена заново), прежде чем проверять.</translation>
    </message>
    <message>
        <location filename="../storage/recording/review_reopen.py" line="76" />
        <source>Release {} had passed review; its work changed, so it is pending review again.</source>
        <translation>Высвобождение {} прошло проверку, но работа по нему изменена, поэтому оно снова ожидает проверки.</translation>
    </message>
</context>
<context>
    <name>LandReleaseSync</name>
    <message>
        <location filename="../storage/field/changeset.py" line="112" />
        <source>The field edits cannot be read from {}: {}</source>
        <translation>Не удаётся прочитать полевые правки из {}: {}</translation>
    </message>
    <message>
        <location filename="../storage/field/changeset.py" line="122" />
        <source>{} has no layer {}.</source>
        <translation>В {} нет слоя {}.</translation>
    </message>
    <message>
        <location filename="../storage/field/changeset.py" line="195" />
        <source>{} holds values its fields cannot hold as they were written (QGIS would read them otherwise); correct them in the package and import it again:
{}</source>
        <translation>{} содержит значения, которые его поля не могут хранить в записанном виде (QGIS прочитал бы их иначе); исправьте их в пакете и импортируйте снова:
{}</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="61" />
        <source>{} is not a folder: choose the field package's folder.</source>
        <translation>{} не является папкой: выберите папку полевого пакета.</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="65" />
        <source>{} has no {}: it is not a field package made by Land Release (Prepare field package), or the file was lost when it was copied back.</source>
        <translation>В {} нет {}: это не полевой пакет, подготовленный Land Release (Подготовить полевой пакет), или файл потерян при обратном копировании.</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="72" />
        <source>{} cannot be read as JSON: {}</source>
        <translation>{} не читается как JSON: {}</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="74" />
        <source>{} is not the manifest of a Land Release field package.</source>
        <translation>{} не является манифестом полевого пакета Land Release.</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="78" />
        <source>{} is a field package of format version {}; this Land Release reads version {}: sync it with the version of Land Release that made it.</source>
        <translation>{} — полевой пакет версии формата {}; эта версия Land Release читает версию {}: синхронизируйте его той версией Land Release, которая его создала.</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="94" />
        <source>{} lacks the package id, the database id or the base's hash.</source>
        <translation>В {} нет идентификатора пакета, идентификатора базы данных или хеша исходного состояния.</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="108" />
        <source>The field package {} has no {}.</source>
        <translation>В полевом пакете {} нет {}.</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="112" />
        <source>{} is not the base state this package was made with (its sha256 differs from the manifest's): it was changed or replaced. The field edits cannot be told apart; nothing was synced.</source>
        <translation>{} не является исходным состоянием, с которым создан этот пакет (его sha256 отличается от указанного в манифесте): он изменён или заменён. Полевые правки невозможно выделить; ничего не синхронизировано.</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="129" />
        <source>The field package {} was made from the database {} (id {}), not from {} (id {}): sync it into the database it came from.</source>
        <translation>Полевой пакет {} создан из базы данных {} (идентификатор {}), а не из {} (идентификатор {}): синхронизируйте его с той базой данных, из которой он получен.</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="166" />
        <source>{} was made by a newer version of Land Release (it has {}): update the plugin, then sync again.</source>
        <translation>{} создан более новой версией Land Release (в нём есть {}): обновите модуль, затем синхронизируйте снова.</translation>
    </message>
    <message>
        <location filename="../storage/field/returned_package.py" line="175" />
        <source>{} cannot be read as a land release GeoPackage (truncated or damaged when it was copied?): {}</source>
        <translation>{} не читается как GeoPackage высвобождения земель (обрезан или повреждён при копировании?): {}</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="158" />
        <source>The QA status and review of a release are set by quality management in the office, not in the field.</source>
        <translation>Статус контроля качества и проверка высвобождения устанавливаются службой управления качеством в офисе, а не в поле.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="191" />
        <source>It has a vertex without a position (NaN or infinite coordinates).</source>
        <translation>У него есть вершина без положения (NaN или бесконечные координаты).</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="193" />
        <source>It has no position.</source>
        <translation>У него нет положения.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="197" />
        <source>It has no polygon.</source>
        <translation>У него нет полигона.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="198" />
        <source>Its geometry must be a polygon.</source>
        <translation>Его геометрия должна быть полигоном.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="199" />
        <source>Its polygon is not valid: repair it (make valid).</source>
        <translation>Его полигон недействителен: исправьте его (сделайте действительным).</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="200" />
        <source>Its polygon has several parts.</source>
        <translation>Его полигон состоит из нескольких частей.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="239" />
        <source>Changed in the office and in the field: the office value stays.</source>
        <translation>Изменено и в офисе, и в поле: остаётся значение офиса.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="242" />
        <source>Deleted in the office, changed in the field: not re-created.</source>
        <translation>Удалено в офисе, изменено в поле: не восстанавливается.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="245" />
        <source>Deleted in the field, changed in the office: the row is kept.</source>
        <translation>Удалено в поле, изменено в офисе: запись сохраняется.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="248" />
        <source>Added in the field, but the office holds it with another value.</source>
        <translation>Добавлено в поле, но в офисе хранится с другим значением.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="296" />
        <source>(Recorded by an earlier sync of this package.)</source>
        <translation>(Записан при более ранней синхронизации этого пакета.)</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="331" />
        <source>The database {} has no table {} yet: it was made by an earlier version of Land Release. Its owner brings it up to date by opening it once with Land Release.</source>
        <translation>В базе данных {} ещё нет таблицы {}: она создана более ранней версией Land Release. Её владелец обновляет её, один раз открыв в Land Release.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="361" />
        <source>The photo {} is not in the package: the row was merged without it.</source>
        <translation>Фотографии {} нет в пакете: запись слита без неё.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="400" />
        <source>Cancelled: nothing was synced.</source>
        <translation>Отменено: ничего не синхронизировано.</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="453" />
        <source>Nothing was synced: the field edits break the rules of the record dialog:
{}</source>
        <translation>Ничего не синхронизировано: полевые правки нарушают правила диалога записи:
{}</translation>
    </message>
    <message>
        <location filename="../storage/field/sync.py" line="529" />
        <source>Nothing was synced: the database refused a field edit: {}</source>
        <translation>Ничего не синхронизировано: база данных отклонила полевую правку: {}</translation>
    </message>
</context>
<context>
    <name>LandReleaseTasks</name>
    <message>
        <location filename="../core/tasks.py" line="119" />
        <source>CELL_SIZE must be 0 or more metres, not {:g}.</source>
        <translation>CELL_SIZE должен быть 0 метров или больше, а не {:g}.</translation>
    </message>
    <message>
        <location filename="../core/tasks.py" line="121" />
        <source>TARGET_AREA must be 0 or more square metres, not {:g}.</source>
        <translation>TARGET_AREA должна быть 0 квадратных метров или больше, а не {:g}.</translation>
    </message>
    <message>
        <location filename="../core/tasks.py" line="127" />
        <source>CELL_SIZE and TARGET_AREA are both 0: give a cell size in metres or a target task area in square metres.</source>
        <translation>CELL_SIZE и TARGET_AREA оба равны 0: задайте размер ячейки в метрах или целевую площадь задачи в квадратных метрах.</translation>
    </message>
    <message>
        <location filename="../core/tasks.py" line="202" />
        <source>CELL_SIZE must be more than 0 metres, not {:g}.</source>
        <translation>CELL_SIZE должен быть больше 0 метров, а не {:g}.</translation>
    </message>
    <message>
        <location filename="../core/tasks.py" line="759" />
        <source>{} must be a number, not {!r}.</source>
        <translation>{} должен быть числом, а не {!r}.</translation>
    </message>
    <message>
        <location filename="../core/tasks.py" line="761" />
        <source>{} must be a finite number, not {!r}.</source>
        <translation>{} должен быть конечным числом, а не {!r}.</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../dialogs/new_database.py" line="66" />
        <source>The path {} cannot be used ({}): choose another folder or name.</source>
        <translation>Путь {} использовать нельзя ({}): выберите другую папку или имя.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="73" />
        <source>Choose where to save the new database.</source>
        <translation>Выберите, где сохранить новую базу данных.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="75" />
        <source>The path holds a line break or another control character: type the name again.</source>
        <translation>Путь содержит перевод строки или другой управляющий символ: введите имя заново.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="78" />
        <source>Give the whole path of the new database, its folder and its name (e.g. /home/me/Agdam.gpkg), or choose it with the … button.</source>
        <translation>Укажите полный путь новой базы данных — её папку и имя (например, /home/me/Agdam.gpkg) — или выберите его кнопкой «…».</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="84" />
        <source>The file name is {} bytes long, and at most {} fit: choose a shorter name.</source>
        <translation>Длина имени файла в байтах: {}, а допускается не более {}: выберите имя короче.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="87" />
        <source>This file already exists; a database is never overwritten. Choose a new name.</source>
        <translation>Этот файл уже существует; база данных никогда не перезаписывается. Выберите новое имя.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="90" />
        <source>{} is a file, not a folder: choose a folder.</source>
        <translation>{} — файл, а не папка: выберите папку.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="92" />
        <source>The folder does not exist: {}. Create it first or choose another.</source>
        <translation>Папка не существует: {}. Сначала создайте её или выберите другую.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="102" />
        <source>The folder {} is read-only: ask for write access or choose another folder.</source>
        <translation>Папка {} доступна только для чтения: запросите право на запись или выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="107" />
        <source>The folder {} is a system folder that takes no files: choose another folder.</source>
        <translation>Папка {} — системная папка, в которую нельзя помещать файлы: выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="116" />
        <source>The disk holding {} is full ({:.1f} MB free; a new database needs about 1 MB and room to grow): free space or choose another folder.</source>
        <translation>Диск, на котором находится {}, заполнен (свободно {:.1f} МБ; новой базе данных нужно около 1 МБ и место для роста): освободите место или выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="136" />
        <source>The folder {} does not take new files ({}): ask for write access or choose another folder.</source>
        <translation>Папка {} не принимает новые файлы ({}): запросите право на запись или выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="150" />
        <source>The database could not be made: {}. Nothing was changed in the project; the details are in the message log (Land Release).</source>
        <translation>Базу данных не удалось создать: {}. В проекте ничего не изменено; подробности — в журнале сообщений (Land Release).</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="235" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="236" />
        <source>New land release database</source>
        <translation>Новая база данных высвобождения земель</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="275" />
        <source>A saved connection, or dbname=… host=… user=… or postgresql://…</source>
        <translation>Сохранённое подключение, dbname=… host=… user=… или postgresql://…</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="317" />
        <source>Adds the layers of an existing land release schema of a PostgreSQL/PostGIS database to the project, with their styles and forms, to work on the data that your colleagues share.</source>
        <translation>Добавляет в проект слои существующей схемы высвобождения земель из базы данных PostgreSQL/PostGIS, со стилями и формами, чтобы работать с данными, общими с вашими коллегами.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="322" />
        <source>Add Layers</source>
        <translation>Добавить слои</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="326" />
        <source>Creates a schema in a PostgreSQL/PostGIS database with every land release layer, styled and with forms, and the roles landrelease_viewer, landrelease_editor, landrelease_qm and landrelease_admin, and adds it to the project. Use the database owner's login or a superuser's: the schema and its edit log belong to the role landrelease_owner, which no day-to-day login holds.</source>
        <translation>Создаёт в базе данных PostgreSQL/PostGIS схему со всеми слоями высвобождения земель, со стилями и формами, и роли landrelease_viewer, landrelease_editor, landrelease_qm и landrelease_admin, и добавляет схему в проект. Используйте учётную запись владельца базы данных или суперпользователя: схема и её журнал изменений принадлежат роли landrelease_owner, которой нет ни у одной повседневной учётной записи.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="334" />
        <location filename="../dialogs/new_database.py" line="343" />
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="338" />
        <location filename="../dialogs/new_database.ui" line="15" />
        <source>Creates a GeoPackage with every land release layer (hazards, land release, evidence, survey points, minefield records, tasks, districts, edit log), styled and with forms, and adds it to the project.</source>
        <translation>Создаёт GeoPackage со всеми слоями высвобождения земель (опасные области, высвобождение земель, доказательства, точки обследования, формуляры минных полей, задачи, районы, журнал изменений), со стилями и формами, и добавляет его в проект.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="375" />
        <location filename="../dialogs/new_database.py" line="408" />
        <source>Choose a storage CRS.</source>
        <translation>Выберите систему координат хранения.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="382" />
        <source>Choose a PostgreSQL connection saved in QGIS, or type a connection string (dbname=… host=… user=… or postgresql://…).</source>
        <translation>Выберите подключение PostgreSQL, сохранённое в QGIS, или введите строку подключения (dbname=… host=… user=… или postgresql://…).</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="389" />
        <source>{} is neither a PostgreSQL connection saved in QGIS nor a connection string (dbname=… host=… user=… or postgresql://…).</source>
        <translation>{} — не сохранённое в QGIS подключение PostgreSQL и не строка подключения (dbname=… host=… user=… или postgresql://…).</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="394" />
        <source>Type the name of the schema.</source>
        <translation>Введите имя схемы.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="397" />
        <source>{} is not a usable schema name: use lower-case letters, digits and _, starting with a letter.</source>
        <translation>{} нельзя использовать как имя схемы: используйте строчные буквы, цифры и _, имя должно начинаться с буквы.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="410" />
        <source>A PostGIS database needs an EPSG CRS: choose one from the list.</source>
        <translation>Для базы данных PostGIS нужна система координат EPSG: выберите её из списка.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="437" />
        <source>Added the land release schema {}</source>
        <translation>Схема высвобождения земель добавлена: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="444" />
        <source>Created the land release schema {}</source>
        <translation>Схема высвобождения земель создана: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="449" />
        <source>Created {}</source>
        <translation>Создано: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="459" />
        <location filename="../dialogs/new_database.py" line="509" />
        <location filename="../dialogs/new_database.py" line="513" />
        <location filename="../dialogs/new_database.py" line="517" />
        <location filename="../dialogs/new_database.py" line="528" />
        <location filename="../dialogs/new_database.py" line="532" />
        <source>Land Release</source>
        <translation>Высвобождение земель</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="476" />
        <source>The database could not be made: {}. Nothing was created; the details are in the message log (Land Release).</source>
        <translation>Базу данных не удалось создать: {}. Ничего не создано; подробности — в журнале сообщений (Land Release).</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="478" />
        <source>the database engine failed</source>
        <translation>сбой движка базы данных</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="488" />
        <source>Connect to Shared Database (PostGIS)</source>
        <translation>Подключиться к общей базе данных (PostGIS)</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.py" line="502" />
        <source>Open land release database</source>
        <translation>Открыть базу данных высвобождения земель</translation>
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
        <translation>Добавлено: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="9" />
        <source>New Land Release Database</source>
        <translation>Новая база данных высвобождения земель</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="24" />
        <source>Store the data in</source>
        <translation>Где хранить данные</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="31" />
        <source>GeoPackage file</source>
        <translation>Файл GeoPackage</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="37" />
        <source>PostgreSQL/PostGIS database</source>
        <translation>База данных PostgreSQL/PostGIS</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="50" />
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="58" />
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="60" />
        <source>A PostgreSQL connection saved in QGIS (Browser › PostgreSQL › New Connection), or a connection string typed here: dbname=mine_action host=server user=officer, or postgresql://officer@server/mine_action</source>
        <translation>Подключение PostgreSQL, сохранённое в QGIS (Browser › PostgreSQL › New Connection), или строка подключения, введённая здесь: dbname=mine_action host=server user=officer либо postgresql://officer@server/mine_action</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="76" />
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="82" />
        <source>The schema that holds the land release tables: lower-case letters, digits and _, starting with a letter.</source>
        <translation>Схема, в которой хранятся таблицы высвобождения земель: строчные буквы, цифры и _, имя начинается с буквы.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="88" />
        <source>Connect to an existing schema</source>
        <translation>Подключиться к существующей схеме</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="90" />
        <source>Add the layers of a land release schema that already exists, for example one that your database administrator created, instead of creating a new one.</source>
        <translation>Добавить слои уже существующей схемы высвобождения земель, например созданной администратором вашей базы данных, вместо создания новой.</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="96" />
        <source>Storage CRS</source>
        <translation>Система координат хранения</translation>
    </message>
    <message>
        <location filename="../dialogs/new_database.ui" line="104" />
        <source>Add the new database to the project</source>
        <translation>Добавить новую базу данных в проект</translation>
    </message>
</context>
<context>
    <name>PackageField</name>
    <message>
        <location filename="../processing/packagefield.py" line="50" />
        <source>Prepare field package</source>
        <translation>Подготовить полевой пакет</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="52" />
        <source>Tasking and reports</source>
        <translation>Задачи и отчёты</translation>
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
        <translation>Создаёт папку, которую группа обследования или разминирования копирует на планшет и открывает в QField. В ней проект QGIS (field.qgs) и один GeoPackage (field.gpkg) с упакованными задачами и их опасными областями (или упакованными опасными областями и всеми их задачами), высвобождениями этих областей, точками обследования и поворотными точками тех и других, свидетельствами в пределах 500 м и затронутыми районами (административными); стили и формы — как в офисе (списки кодов словами, организация, группа и сегодняшняя дата подставляются в новые высвобождения, ограничения со своими сообщениями). Кроме того: карта задачи для каждой упакованной задачи или опасной области (в папке maps/, один PDF, названный по его идентификатору); папка DCIM для фотографий; манифест (manifest.json) и исходное состояние, с которым сливается возвращённый пакет (.landrelease/base.gpkg). Импорт полевого пакета (landrelease:syncfield) возвращает правки группы.

INPUT: задачи или опасные области базы данных высвобождения земель, которые нужно упаковать; с «только выбранные объекты» — только выбранные.
DATABASE: GeoPackage высвобождения земель, из которого берутся объекты (по умолчанию — база данных INPUT).
CONNECTION и SCHEMA: вместо него — база данных высвобождения земель PostgreSQL/PostGIS.
ORGANISATION и TEAM: оператор и группа, для которых готовится пакет; новые высвобождения в поле получают эти значения.
BASEMAP: необязательные растровые или векторные слои, отрисованные в basemap.gpkg — снимок упакованной территории плюс 500 м с разрешением 2 м на пиксель (грубее для обширной территории), для работы без сети.
OUTPUT: новая или пустая папка; в папку с другими файлами ничего не записывается.

Упаковка ничего не меняет в базе данных, кроме того, что в первый раз присваивает ей постоянный идентификатор.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="96" />
        <source>Tasks or hazardous areas to pack</source>
        <translation>Задачи или опасные области для упаковки</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="99" />
        <source>Land release database (GeoPackage; default: the database of INPUT)</source>
        <translation>База данных высвобождения земель (GeoPackage; по умолчанию — база данных INPUT)</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="106" />
        <source>Or a PostgreSQL/PostGIS database (connection)</source>
        <translation>Или база данных PostgreSQL/PostGIS (подключение)</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="111" />
        <source>Schema of the PostgreSQL database</source>
        <translation>Схема базы данных PostgreSQL</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="115" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="116" />
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="117" />
        <source>Basemap layers (drawn into an offline image)</source>
        <translation>Слои подложки (отрисовываются в автономное изображение)</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="118" />
        <source>Field package folder</source>
        <translation>Папка полевого пакета</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="119" />
        <source>Package id</source>
        <translation>Идентификатор пакета</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="120" />
        <source>Manifest</source>
        <translation>Манифест</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="148" />
        <source>INPUT must be the task or hazard layer of a land release database (a layer with task_id, or with hazard_id and classification): choose one of them.</source>
        <translation>INPUT должен быть слоем задач или опасных областей базы данных высвобождения земель (слой с полем task_id или с полями hazard_id и classification): выберите один из них.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="162" />
        <source>CONNECTION: {}</source>
        <translation>CONNECTION: {}</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="171" />
        <source>DATABASE: choose the land release database the tasks or hazards come from (INPUT is not a layer of one).</source>
        <translation>DATABASE: выберите базу данных высвобождения земель, из которой взяты задачи или опасные области (INPUT не является слоем такой базы).</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="193" />
        <source>INPUT: feature {} has no {}: give it its id before packing.</source>
        <translation>INPUT: у объекта {} нет значения {}: присвойте ему идентификатор перед упаковкой.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="201" />
        <source>INPUT: {} has no finite coordinates (NaN or infinite): correct its geometry in the database first.</source>
        <translation>INPUT: у {} нет конечных координат (NaN или бесконечность): сначала исправьте его геометрию в базе данных.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="207" />
        <source>INPUT: {} has no polygon: draw it before packing.</source>
        <translation>INPUT: у {} нет полигона: нарисуйте его перед упаковкой.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="212" />
        <source>INPUT has no features (or none selected): there is nothing to pack.</source>
        <translation>В INPUT нет объектов (или ни один не выбран): упаковывать нечего.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="224" />
        <source>INPUT ({}) has unsaved edits: save or discard them first, so that the package holds what you see.</source>
        <translation>В INPUT ({}) есть несохранённые правки: сначала сохраните или отмените их, чтобы пакет содержал то, что вы видите.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="255" />
        <source>OUTPUT: {} cannot be written: {}</source>
        <translation>OUTPUT: невозможно записать {}: {}</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="264" />
        <source>Field package {} written to {}: {}</source>
        <translation>Полевой пакет {} записан в {}: {}</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="287" />
        <source>The photo {} of a packed feature is not in the database (or cannot be read): it is not in the package.</source>
        <translation>Фотографии {} упакованного объекта нет в базе данных (или она не читается): в пакет она не вошла.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="294" />
        <source>Field package: {}</source>
        <translation>Полевой пакет: {}</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="307" />
        <source>{}: the database's id cannot be read: {}</source>
        <translation>{}: не удаётся прочитать идентификатор базы данных: {}</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="325" />
        <source>Cancelled: no package was written.</source>
        <translation>Отменено: пакет не записан.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="364" />
        <source>BASEMAP: the basemap could not be drawn.</source>
        <translation>BASEMAP: не удалось отрисовать подложку.</translation>
    </message>
    <message>
        <location filename="../processing/packagefield.py" line="366" />
        <source>Basemap: {:.1f} m a pixel, {} × {} pixels</source>
        <translation>Подложка: {:.1f} м на пиксель, {} × {} пикселей</translation>
    </message>
</context>
<context>
    <name>PhotoPage</name>
    <message>
        <location filename="../layouts/photo_page.py" line="62" />
        <location filename="../layouts/tasking_photos.py" line="40" />
        <source>Photos that cannot be printed:</source>
        <translation>Фото, которые не удаётся напечатать:</translation>
    </message>
    <message>
        <location filename="../layouts/photo_page.py" line="67" />
        <location filename="../layouts/tasking_photos.py" line="39" />
        <source>… and {} more (see the log).</source>
        <translation>… и ещё {} (см. журнал).</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_photos.py" line="32" />
        <source>Photos — {}</source>
        <translation>Фотографии — {}</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <location filename="../dialogs/record_release/photo_view.py" line="50" />
        <source>Add photo…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/photo_view.py" line="52" />
        <source>Copy a JPEG or PNG picture into the database's photos and give it to the release</source>
        <translation>Скопировать изображение JPEG или PNG в фотографии базы данных и привязать его к высвобождению</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/photo_view.py" line="68" />
        <source>No photo.</source>
        <translation>Фото нет.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/photo_view.py" line="78" />
        <source>The photo {} is missing: it is not among the database's photos.</source>
        <translation>Фото {} отсутствует: его нет среди фотографий базы данных.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/photo_view.py" line="84" />
        <source>The photo {} cannot be shown: it is not a readable picture.</source>
        <translation>Фото {} не удаётся показать: это не читаемое изображение.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/photo_view.py" line="118" />
        <source>Add a photo to the release</source>
        <translation>Добавить фото к высвобождению</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/photo_view.py" line="134" />
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Фотографии (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
</context>
<context>
    <name>RecordReleaseDock</name>
    <message>
        <location filename="../dialogs/messages.py" line="111" />
        <source>{} problems, listed below.</source>
        <translation>Проблем: {}; список ниже.</translation>
    </message>
    <message>
        <location filename="../dialogs/messages.py" line="112" />
        <source>See the message below.</source>
        <translation>См. сообщение ниже.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/binding.py" line="46" />
        <source>Open a land release database first.</source>
        <translation>Сначала откройте базу данных высвобождения земель.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/binding.py" line="130" />
        <location filename="../dialogs/record_release/hazard.py" line="110" />
        <location filename="../dialogs/record_release/record_release.ui" line="63" />
        <source>No hazard chosen.</source>
        <translation>Опасная область не выбрана.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/checks.py" line="50" />
        <source>The live checks failed: {}</source>
        <translation>Текущие проверки не выполнены: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/checks.py" line="63" />
        <source>Choose the hazard: from the list or on the map.</source>
        <translation>Выберите опасную область: в списке или на карте.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/checks.py" line="67" />
        <source>Digitise the released polygon, or take it from a selection or a file.</source>
        <translation>Оцифруйте высвобожденный полигон или возьмите его из выборки или файла.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/checks.py" line="70" />
        <source>The checks failed: {}</source>
        <translation>Проверки не выполнены: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/checks.py" line="76" />
        <source>Area: {}</source>
        <translation>Площадь: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/dock.py" line="169" />
        <source>Enter the turning points as coordinates or bearing and distance</source>
        <translation>Введите поворотные точки координатами или азимутом и расстоянием</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/hazard.py" line="36" />
        <source>There is no hazard {}.</source>
        <translation>Опасной области {} нет.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/hazard.py" line="115" />
        <source>{classification} · status: {status} · remaining: {remaining}</source>
        <translation>{classification} · статус: {status} · осталось: {remaining}</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/labels.py" line="26" />
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/labels.py" line="26" />
        <source>worked on</source>
        <translation>в работе</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/labels.py" line="26" />
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/labels.py" line="41" />
        <source>{ha} ha ({m2} m²)</source>
        <translation>{ha} га ({m2} м²)</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="9" />
        <source>Record land release</source>
        <translation>Регистрация высвобождения земель</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="35" />
        <source>Hazard</source>
        <translation>Опасная область</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="47" />
        <source>The hazard this land release belongs to: type part of its ID to filter the list</source>
        <translation>Опасная область, к которой относится это высвобождение: введите часть её ID, чтобы отфильтровать список</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="53" />
        <source>Pick the hazard on the map</source>
        <translation>Выбрать опасную область на карте</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="54" />
        <source>Pick on map</source>
        <translation>Выбрать на карте</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="75" />
        <source>Released polygon</source>
        <translation>Высвобожденный полигон</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="80" />
        <source>Digitise the released polygon on the map with QGIS's capture tool and snapping (left click adds a vertex, right click finishes)</source>
        <translation>Оцифровать высвобожденный полигон на карте инструментом QGIS с прилипанием (левый щелчок добавляет вершину, правый — завершает)</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="80" />
        <source>Digitise</source>
        <translation>Оцифровать</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="88" />
        <source>Needs the Turning points dialog</source>
        <translation>Нужен диалог поворотных точек</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="89" />
        <source>From turning points…</source>
        <translation>Из поворотных точек…</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="95" />
        <source>Use the selected polygons of the active layer (any CRS; several are merged)</source>
        <translation>Использовать выбранные полигоны активного слоя (любая система координат; несколько объединяются)</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="97" />
        <source>From selection</source>
        <translation>Из выборки</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="103" />
        <source>Read the polygon from a GPX track, route or waypoints, a CSV point list or a GeoJSON file</source>
        <translation>Прочитать полигон из трека, маршрута или путевых точек GPX, списка точек CSV или файла GeoJSON</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="105" />
        <source>From file…</source>
        <translation>Из файла…</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="111" />
        <source>Make the invalid polygon valid (QGIS's Make valid: no vertex is lost)</source>
        <translation>Сделать недопустимый полигон допустимым (Make valid из QGIS: ни одна вершина не теряется)</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="113" />
        <source>Repair geometry</source>
        <translation>Исправить геометрию</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="119" />
        <source>Keep only the part of the polygon inside the hazard</source>
        <translation>Оставить только часть полигона внутри опасной области</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="121" />
        <source>Clip to the hazard</source>
        <translation>Обрезать по опасной области</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="129" />
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="153" />
        <source>Attributes</source>
        <translation>Атрибуты</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="177" />
        <source>Save the release, its survey points and the hazard's new remaining area and status in one transaction</source>
        <translation>Сохранить высвобождение, его точки обследования и новую оставшуюся площадь и статус опасной области одной транзакцией</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="177" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="185" />
        <source>Clear the polygon and the form (the hazard stays)</source>
        <translation>Очистить полигон и форму (опасная область остаётся)</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="185" />
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="196" />
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/record_release.ui" line="201" />
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="47" />
        <source>Coordinates in the CSV file</source>
        <translation>Координаты в файле CSV</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="58" />
        <source>X / longitude column</source>
        <translation>Столбец X / долготы</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="59" />
        <source>Y / latitude column</source>
        <translation>Столбец Y / широты</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="60" />
        <source>CRS of the coordinates</source>
        <translation>Система координат координат</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="65" />
        <source>The points are joined in the order of the rows.</source>
        <translation>Точки соединяются в порядке строк.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="106" />
        <source>The polygon cannot be transformed to {}.</source>
        <translation>Полигон не удаётся перевести в систему координат {}.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="132" />
        <source>The polygon was repaired.</source>
        <translation>Полигон исправлен.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="149" />
        <source>No part of the polygon lies inside the hazard: nothing to keep.</source>
        <translation>Никакая часть полигона не лежит внутри опасной области: оставлять нечего.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="157" />
        <source>The polygon was clipped to the hazard {}.</source>
        <translation>Полигон обрезан по опасной области {}.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="160" />
        <source>Its {} turning point(s) no longer fit it and were dropped: record the clipped boundary's points if it is pegged out.</source>
        <translation>Его поворотные точки ({}) больше ему не соответствуют и удалены: если граница обозначена на местности, зарегистрируйте точки обрезанной границы.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="183" />
        <source>Released polygon from a file</source>
        <translation>Полигон высвобожденного участка из файла</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="185" />
        <source>GPX, CSV or GeoJSON ({});;All files (*)</source>
        <translation>GPX, CSV или GeoJSON ({});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/released_polygon.py" line="221" />
        <source>Polygon from {}.</source>
        <translation>Полигон из {}.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="21" />
        <source>Record release {}</source>
        <translation>Регистрация высвобождения {}</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="50" />
        <source>Choose a hazard and the released polygon first.</source>
        <translation>Сначала выберите опасную область и высвобожденный полигон.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="53" />
        <source>The release cannot be saved: see the checks.</source>
        <translation>Высвобождение не удаётся сохранить: см. проверки.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="61" />
        <source>Nothing was saved.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="69" />
        <source>Release {release} saved. Hazard {hazard} now has {ha} ha remaining ({status}).</source>
        <translation>Высвобождение {release} сохранено. В опасной области {hazard} теперь осталось {ha} га ({status}).</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="115" />
        <source>The release {} was not undone.</source>
        <translation>Высвобождение {} не отменено.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="125" />
        <source>Release {release} removed. Hazard {hazard} has {ha} ha remaining ({status}).</source>
        <translation>Высвобождение {release} удалено. В опасной области {hazard} осталось {ha} га ({status}).</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="146" />
        <source>The release {} was not saved again.</source>
        <translation>Высвобождение {} повторно не сохранено.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="153" />
        <source>Release {release} saved again. Hazard {hazard} now has {ha} ha remaining ({status}).</source>
        <translation>Высвобождение {release} сохранено повторно. В опасной области {hazard} теперь осталось {ha} га ({status}).</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="169" />
        <source>The undo history lasts while QGIS runs: it is lost when QGIS closes.</source>
        <translation>История отмены хранится, пока работает QGIS: при закрытии QGIS она теряется.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="171" />
        <source>Undo: {}</source>
        <translation>Отменить: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="172" />
        <source>Redo: {}</source>
        <translation>Повторить: {}</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="122" />
        <source>{} cannot be read as {}: {}</source>
        <translation>{} не удаётся прочитать как {}: {}</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="123" />
        <source>{} cannot be read as {}.</source>
        <translation>{} не удаётся прочитать как {}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="130" />
        <source>a GPX file</source>
        <translation>файл GPX</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="132" />
        <source>GPX track</source>
        <translation>Трек GPX</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="133" />
        <source>GPX route</source>
        <translation>Маршрут GPX</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="134" />
        <source>GPX waypoints</source>
        <translation>Путевые точки GPX</translation>
    </message>
    <message numerus="yes">
        <location filename="../qgis_io/point_files.py" line="143" />
        <location filename="../qgis_io/point_files.py" line="343" />
        <source>{}: %n point(s)</source>
        <translation>
            <numerusform>{}: %n точка</numerusform>
            <numerusform>{}: %n точки</numerusform>
            <numerusform>{}: %n точек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="146" />
        <source>{} has no track, route or waypoint with a position: nothing to make a polygon of.</source>
        <translation>В {} нет трека, маршрута или путевой точки с положением: не из чего построить полигон.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="163" />
        <source>a vector file (GeoJSON)</source>
        <translation>векторный файл (GeoJSON)</translation>
    </message>
    <message numerus="yes">
        <location filename="../qgis_io/point_files.py" line="167" />
        <source>{}: %n polygon(s)</source>
        <translation>
            <numerusform>{}: %n полигон</numerusform>
            <numerusform>{}: %n полигона</numerusform>
            <numerusform>{}: %n полигонов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qgis_io/point_files.py" line="169" />
        <source>{}: %n point(s) of its lines joined into a polygon</source>
        <translation>
            <numerusform>{}: %n точка линий соединена в полигон</numerusform>
            <numerusform>{}: %n точки линий соединены в полигон</numerusform>
            <numerusform>{}: %n точек линий соединены в полигон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qgis_io/point_files.py" line="171" />
        <source>{}: %n point(s) joined into a polygon</source>
        <translation>
            <numerusform>{}: %n точка соединена в полигон</numerusform>
            <numerusform>{}: %n точки соединены в полигон</numerusform>
            <numerusform>{}: %n точек соединены в полигон</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="184" />
        <source>as {}: '{}'</source>
        <translation>как {}: '{}'</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="188" />
        <source>{}: the file is not UTF-8, and line {} cannot be read for sure ({}). Save the file as CSV UTF-8 and open it again.</source>
        <translation>{}: файл не в UTF-8, и строку {} невозможно прочитать однозначно ({}). Сохраните файл как CSV UTF-8 и откройте его снова.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="190" />
        <source>in no known encoding</source>
        <translation>ни в одной известной кодировке</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="193" />
        <source>{}: the separator is unclear: line {} splits into columns at a {}. Keep one separator between the columns.</source>
        <translation>{}: разделитель неясен: строка {} делится на столбцы по {}. Оставьте между столбцами один разделитель.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="195" />
        <source> and at a </source>
        <translation> и по </translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="197" />
        <source>{} cannot be read: {}</source>
        <translation>{} не удаётся прочитать: {}</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="200" />
        <source>{}: line {} is not text in {} (byte {:#04x}): save the file as CSV UTF-8 and open it again.</source>
        <translation>{}: строка {} — не текст в кодировке {} (байт {:#04x}): сохраните файл как CSV UTF-8 и откройте его снова.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="205" />
        <source>{}: line {} holds NUL characters: it is not a text file, or UTF-16 without its byte order mark. Save it as CSV UTF-8 and open it again.</source>
        <translation>{}: в строке {} есть символы NUL: это не текстовый файл или UTF-16 без метки порядка байтов. Сохраните его как CSV UTF-8 и откройте снова.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="209" />
        <source>{} is empty: it has no header line and no coordinates.</source>
        <translation>{} пуст: в нём нет ни строки заголовка, ни координат.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="211" />
        <source>{}: line {} cannot be read as CSV: {}</source>
        <translation>{}: строку {} не удаётся прочитать как CSV: {}</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="216" />
        <source>Cyrillic (windows-1251)</source>
        <translation>кириллица (windows-1251)</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="216" />
        <source>Western (windows-1252)</source>
        <translation>западноевропейская латиница (windows-1252)</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="222" />
        <source>semicolon</source>
        <translation>точке с запятой</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="222" />
        <source>comma</source>
        <translation>запятой</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="222" />
        <source>tab</source>
        <translation>табуляции</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="222" />
        <source>vertical bar</source>
        <translation>вертикальной черте</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="261" />
        <source>In {} the separator may be a decimal mark or a thousands separator: write the number without thousands separators.</source>
        <translation>В {} разделитель может быть как десятичным, так и разделителем тысяч: запишите число без разделителей тысяч.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="270" />
        <location filename="../qgis_io/point_files.py" line="272" />
        <source>{} is not a number.</source>
        <translation>{} — не число.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="290" />
        <source>{}: line {} ({}) has one column and it is not a column of coordinates: separate the columns with a semicolon, a comma or a tab.</source>
        <translation>{}: в строке {} ({}) один столбец, и это не столбец координат: разделите столбцы точкой с запятой, запятой или табуляцией.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="329" />
        <source>Choose the two columns that hold the coordinates.</source>
        <translation>Выберите два столбца с координатами.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="338" />
        <source>{} has no row with coordinates under its header line.</source>
        <translation>В {} под строкой заголовка нет ни одной строки с координатами.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="366" />
        <source>line {}: {}</source>
        <translation>строка {}: {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../qgis_io/point_files.py" line="370" />
        <source>and %n more line(s)</source>
        <translation>
            <numerusform>и ещё %n строка</numerusform>
            <numerusform>и ещё %n строки</numerusform>
            <numerusform>и ещё %n строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="372" />
        <source>{file}: {count} line(s) cannot be read, nothing was taken: {lines}</source>
        <translation>{file}: не удаётся прочитать строк: {count}; ничего не взято: {lines}</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="384" />
        <source>{file} has coordinates outside longitude/latitude range ({x}, {y}): choose the CRS they are in.</source>
        <translation>В {file} есть координаты вне диапазона долготы/широты ({x}, {y}): выберите их систему координат.</translation>
    </message>
    <message>
        <location filename="../qgis_io/point_files.py" line="399" />
        <source>{} does not exist.</source>
        <translation>{} не существует.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="87" />
        <source>A polygon needs at least 3 different points; this source has {}.</source>
        <translation>Полигону нужно не менее 3 различных точек; в этом источнике их {}.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="98" />
        <source>The polygon cannot be repaired: {}</source>
        <translation>Полигон не удаётся исправить: {}</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="106" />
        <source>Repaired, the polygon has no area left: draw it again.</source>
        <translation>После исправления у полигона не осталось площади: нарисуйте его заново.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="127" />
        <source>a polygon</source>
        <translation>полигон</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="127" />
        <source>a line</source>
        <translation>линия</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="127" />
        <source>a point</source>
        <translation>точка</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="147" />
        <source>{}: the polygons cannot be merged: {}</source>
        <translation>{}: полигоны не удаётся объединить: {}</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="156" />
        <source>{} holds no polygon, and its {} give {} different point(s): a polygon needs at least 3.</source>
        <translation>{}: полигона нет, а {} дают различных точек: {}; полигону нужно не менее 3.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="161" />
        <source>{} has no geometry that can make a polygon.</source>
        <translation>{}: нет геометрии, из которой можно получить полигон.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="183" />
        <source>{}: feature {} has a vertex without a position (NaN or infinite coordinates): correct it in the file.</source>
        <translation>{}: у объекта {} есть вершина без положения (координаты NaN или бесконечные): исправьте её в файле.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="199" />
        <source>{} mixes {} (feature {} is {}): keep only the released polygon, or only the points or the line around it.</source>
        <translation>{}: смешаны {} (объект {} — {}): оставьте только высвобожденный полигон или только точки либо линию вокруг него.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="203" />
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="211" />
        <source>polygons</source>
        <translation>полигоны</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="211" />
        <source>lines</source>
        <translation>линии</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="211" />
        <source>points</source>
        <translation>точки</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="220" />
        <source>Make a vector layer with the released polygon the active layer.</source>
        <translation>Сделайте активным векторный слой с высвобожденным полигоном.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="223" />
        <source>The active layer {} has no polygons. Select polygons in a polygon layer.</source>
        <translation>В активном слое {} нет полигонов. Выберите полигоны в полигональном слое.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="230" />
        <source>Nothing is selected in {}. Select the released polygon first.</source>
        <translation>В {} ничего не выбрано. Сначала выберите высвобожденный полигон.</translation>
    </message>
    <message>
        <location filename="../qgis_io/source_polygon.py" line="233" />
        <source>The selection in {}</source>
        <translation>Выборка в {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../qgis_io/source_polygon.py" line="236" />
        <source>%n selected feature(s) of {}</source>
        <translation>
            <numerusform>%n выбранный объект из {}</numerusform>
            <numerusform>%n выбранных объекта из {}</numerusform>
            <numerusform>%n выбранных объектов из {}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/hazard.py" line="134" />
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="80" />
        <source>Release {release} saved. Hazard {hazard}: remaining area and status unknown ({why}).</source>
        <translation>Высвобождение {release} сохранено. Опасная область {hazard}: оставшаяся площадь и статус неизвестны ({why}).</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="128" />
        <source>Release {} removed.</source>
        <translation>Высвобождение {} удалено.</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="133" />
        <source>Release {release} removed. Hazard {hazard}: remaining area and status unknown ({why}).</source>
        <translation>Высвобождение {release} удалено. Опасная область {hazard}: оставшаяся площадь и статус неизвестны ({why}).</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="161" />
        <source>Release {release} saved again. Hazard {hazard}: remaining area and status unknown ({why}).</source>
        <translation>Высвобождение {release} сохранено повторно. Опасная область {hazard}: оставшаяся площадь и статус неизвестны ({why}).</translation>
    </message>
    <message>
        <location filename="../dialogs/record_release/saving.py" line="176" />
        <source>they are being recomputed</source>
        <translation>они пересчитываются</translation>
    </message>
</context>
<context>
    <name>ReleaseSummary</name>
    <message>
        <location filename="../processing/releasesummary.py" line="49" />
        <source>Land release summary</source>
        <translation>Сводка высвобождения земель</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="51" />
        <source>Land release</source>
        <translation>Высвобождение земель</translation>
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
        <translation>Ведёт учёт высвобожденной земли в каждой опасной области: сколько исключено, сокращено и очищено, сколько осталось и какой из этого следует статус.

HAZARDS: опасные области (полигоны).
RELEASES: полигоны высвобождения земель с полями outcome (cancelled, reduced или cleared) и end_date. Высвобождения с другим результатом не учитываются, и о них сообщается.
AS_OF: необязательная дата. Учитываются только высвобождения, у которых end_date не позже неё, так что сводка показывает состояние на этот день; высвобождения без end_date тогда не учитываются. Пусто: учитывается каждое высвобождение с известным результатом, по сегодняшний день. Высвобождения, заканчивающиеся после сегодняшнего дня или у которых end_date — текст, не являющийся датой, не учитываются никогда.
OFFICIAL: какие высвобождения учитываются по результату проверки управления качеством (поле qa_status). Выключено (по умолчанию, оперативные показатели): все сохранённые высвобождения, кроме не прошедших проверку; пустой qa_status означает «ожидает». Включено (официальные показатели): только высвобождения, прошедшие проверку управления качеством; тогда в RELEASES нужно поле qa_status. Высвобождение, не прошедшее проверку, не учитывается никогда: повторная работа на его земле записывается как новое высвобождение. qa_status, отличный от pending, passed и failed, не учитывается, и о нём сообщается.

Правило учёта: высвобождение учитывается для каждой опасной области, которую оно покрывает, своей площадью внутри этой области (ссылаться на эту область ему не обязательно). Где высвобождения перекрываются, земля учитывается один раз, по более сильному результату: очищена важнее сокращена, сокращена важнее исключена. Часть высвобождения вне всех опасных областей не учитывается. Поэтому для каждой опасной области: исходная площадь = исключено + сокращено + очищено + осталось. Статус: open, если ничего не высвобождено, closed, если ничего не осталось, worked_on — в промежутке. Все площади — эллипсоидальные квадратные метры (WGS 84) при любой системе координат.

OUTPUT: опасные области со всеми их полями и собственной геометрией, плюс (или с новыми значениями) original_area_m2, cancelled_m2, reduced_m2, cleared_m2, remaining_area_m2, pending_m2 и status. pending_m2 — земля опасной области, высвобожденная высвобождениями, ещё ожидающими проверки, и не покрытая ни одним высвобождением, прошедшим проверку; учитывается один раз и одинакова в обоих режимах. В официальных показателях она входит в remaining_area_m2 (не считается высвобожденной, пока управление качеством её не примет); в оперативных — в исключённую, сокращённую и очищенную площадь. Поэтому официальный остаток = оперативный остаток + pending_m2.
OUTPUT_REMAINING: оставшаяся часть каждой незакрытой опасной области, с hazard_id, remaining_area_m2 и status.
OUTPUT_ISSUES: то, на что стоит взглянуть, по строке на каждый случай, с серьёзностью: release_outside_hazard (предупреждение; часть снаружи, нигде не учитывается), release_overlap (предупреждение; перекрытие двух высвобождений), unknown_outcome (ошибка; высвобождение не учитывается), unknown_qa_status (ошибка: qa_status, отличный от pending, passed и failed; не учитывается), failed_review (предупреждение: высвобождение не прошло проверку управления качеством; не учитывается), no_end_date (предупреждение: end_date, не являющееся датой, или отсутствующее при заданном AS_OF; не учитывается), future_end_date (предупреждение: заканчивается после сегодняшнего дня; не учитывается), after_as_of (предупреждение: заканчивается после AS_OF; не учитывается), early_end_date (предупреждение: завершено до 1988 года; учитывается), invalid_geometry (предупреждение; исправлено и учтено) и empty_geometry (ошибка; не учитывается). release_id и hazard_id называют объекты (их идентификаторы или номера объектов, если в слое нет такого поля); area_m2 — площадь геометрии строки; message описывает случай одним предложением. Строки, относящиеся к объекту в целом, не имеют геометрии.

Работает в метрах в системе координат HAZARDS (в её зоне UTM, если она географическая или искажает масштаб там более чем на 0,5 %); все результаты — в системе координат HAZARDS.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="113" />
        <source>Hazardous areas</source>
        <translation>Опасные области</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="114" />
        <source>Land releases</source>
        <translation>Высвобожденные участки</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="115" />
        <source>As of (end date, optional)</source>
        <translation>По состоянию на (дата окончания, необязательно)</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="118" />
        <source>Official figures: only releases passed by quality management count</source>
        <translation>Официальные показатели: учитываются только высвобождения, прошедшие проверку управления качеством</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="120" />
        <source>Hazards with release summary</source>
        <translation>Опасные области со сводкой высвобождения</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="123" />
        <source>Remaining hazardous area</source>
        <translation>Оставшаяся опасная область</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="127" />
        <source>Release issues</source>
        <translation>Проблемы высвобождения</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="142" />
        <location filename="../processing/releasesummary.py" line="236" />
        <source>HAZARDS has no features: there is nothing to account.</source>
        <translation>В HAZARDS нет объектов: учитывать нечего.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="156" />
        <source>AS_OF {} is after today ({}): releases ending after today do not count.</source>
        <translation>AS_OF {} позже сегодняшнего дня ({}): высвобождения, заканчивающиеся после сегодняшнего дня, не учитываются.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="168" />
        <source>Working CRS: {}</source>
        <translation>Рабочая система координат: {}</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="188" />
        <source>{} must be a polygon layer.</source>
        <translation>{} должен быть полигональным слоем.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="191" />
        <source>{} has no valid CRS: set its CRS first.</source>
        <translation>У слоя {} нет допустимой системы координат: сначала задайте её.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="199" />
        <source>RELEASES has no field {}: the land releases need the fields outcome (cancelled, reduced or cleared) and end_date.</source>
        <translation>В RELEASES нет поля {}: высвобождениям нужны поля outcome (cancelled, reduced или cleared) и end_date.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="212" />
        <source>AS_OF is not a date: {}</source>
        <translation>AS_OF — не дата: {}</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="290" />
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="412" />
        <source>Release {} lies {} m² outside every hazard.</source>
        <translation>Высвобождение {}: {} м² лежат вне всех опасных областей.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="415" />
        <source>Releases {} overlap by {} m²: counted once, for the stronger outcome.</source>
        <translation>Высвобождения {} перекрываются на {} м²: учтено один раз, по более сильному результату.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="420" />
        <source>Release {} has no outcome: it is not counted (cancelled, reduced or cleared).</source>
        <translation>У высвобождения {} нет результата: оно не учитывается (cancelled, reduced или cleared).</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="423" />
        <source>Release {} has the unknown outcome '{}': it is not counted (cancelled, reduced or cleared).</source>
        <translation>У высвобождения {} неизвестный результат '{}': оно не учитывается (cancelled, reduced или cleared).</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="428" />
        <source>Release {} has the unknown qa_status '{}': it is not counted (pending, passed or failed).</source>
        <translation>У высвобождения {} неизвестный qa_status '{}': оно не учитывается (pending, passed или failed).</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="433" />
        <source>Release {} failed quality management review: it is not counted (re-working it is a new release).</source>
        <translation>Высвобождение {} не прошло проверку управления качеством: оно не учитывается (повторная работа на нём — новое высвобождение).</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="437" />
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="439" />
        <source>Release {} has no end date: it does not count as of {}.</source>
        <translation>У высвобождения {} нет даты окончания: на {} оно не учитывается.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="443" />
        <source>Release {} has the end date '{}', which is not a date: it does not count as of {}.</source>
        <translation>У высвобождения {} дата окончания '{}' — не дата: на {} оно не учитывается.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="447" />
        <source>Release {} ends on {}, after today: it does not count; check its end date.</source>
        <translation>Высвобождение {} заканчивается {}, после сегодняшнего дня: оно не учитывается; проверьте дату окончания.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="450" />
        <source>Release {} ends on {}, after AS_OF {}: it does not count.</source>
        <translation>Высвобождение {} заканчивается {}, после AS_OF {}: оно не учитывается.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="455" />
        <source>Release {} ended on {}, before 1988: it is counted, but check its end date.</source>
        <translation>Высвобождение {} завершено {}, до 1988 года: оно учитывается, но проверьте дату окончания.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="459" />
        <source>Release {}</source>
        <translation>Высвобождение {}</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="461" />
        <source>Hazard {}</source>
        <translation>Опасная область {}</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="464" />
        <source>{} has an invalid geometry ({}): it was repaired and counted.</source>
        <translation>{}: недопустимая геометрия ({}): исправлена и учтена.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="467" />
        <source>{} has no geometry (or none left after repair): it is not counted.</source>
        <translation>{}: нет геометрии (или ничего не осталось после исправления): не учитывается.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="469" />
        <source>{}: releases {}; hazards {}.</source>
        <translation>{}: высвобождения {}; опасные области {}.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="486" />
        <source>… and {} more in OUTPUT_ISSUES.</source>
        <translation>… и ещё {} в OUTPUT_ISSUES.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="495" />
        <source>As of {}.</source>
        <translation>По состоянию на {}.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="497" />
        <source>{} of {} release(s) counted.</source>
        <translation>Учтено высвобождений: {} из {}.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="502" />
        <source>{} release(s) pending review; pending ground {:.2f} ha ({}).</source>
        <translation>Высвобождений, ожидающих проверки: {}; земля, ожидающая проверки: {:.2f} га ({}).</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="505" />
        <source>part of remaining</source>
        <translation>входит в остаток</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="505" />
        <source>counted as released</source>
        <translation>учтена как высвобожденная</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="510" />
        <source>{} hazard(s), {:.2f} ha: {:.2f} ha cancelled, {:.2f} ha reduced, {:.2f} ha cleared, {:.2f} ha remaining.</source>
        <translation>Опасных областей: {}, {:.2f} га: исключено {:.2f} га, сокращено {:.2f} га, очищено {:.2f} га, осталось {:.2f} га.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="523" />
        <source>Status: {} open, {} worked on, {} closed.</source>
        <translation>Статус: открыто {}, в работе {}, закрыто {}.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="529" />
        <source>{} issue(s): {} error(s), {} warning(s).</source>
        <translation>Проблем: {}: ошибок {}, предупреждений {}.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="610" />
        <source>RELEASES has no field qa_status: official figures count only the releases passed by quality management. Give the land_release layer, or turn OFFICIAL off.</source>
        <translation>В RELEASES нет поля qa_status: официальные показатели учитывают только высвобождения, прошедшие проверку управления качеством. Укажите слой land_release или выключите OFFICIAL.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="619" />
        <source>Official figures: only releases passed by quality management.</source>
        <translation>Официальные показатели: только высвобождения, прошедшие проверку управления качеством.</translation>
    </message>
    <message>
        <location filename="../processing/releasesummary.py" line="620" />
        <source>Operational figures: all saved releases except failed ones.</source>
        <translation>Оперативные показатели: все сохранённые высвобождения, кроме не прошедших проверку.</translation>
    </message>
</context>
<context>
    <name>ReportPhotos</name>
    <message>
        <location filename="../processing/report_photos.py" line="47" />
        <source>its layer is not in a land release database</source>
        <translation>его слой не находится в базе данных высвобождения земель</translation>
    </message>
    <message>
        <location filename="../processing/report_photos.py" line="52" />
        <source>not found in the database's photos</source>
        <translation>не найдено среди фотографий базы данных</translation>
    </message>
    <message>
        <location filename="../processing/report_photos.py" line="55" />
        <source>not a readable picture</source>
        <translation>не читаемое изображение</translation>
    </message>
</context>
<context>
    <name>ReviewReleasesDock</name>
    <message>
        <location filename="../dialogs/review/decision.py" line="33" />
        <source>The release meets the standard: it counts as officially released ({})</source>
        <translation>Высвобождение соответствует стандарту: оно засчитывается как официально высвобожденное ({})</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="38" />
        <source>The release does not meet the standard; write the reason first ({})</source>
        <translation>Высвобождение не соответствует стандарту; сначала укажите причину ({})</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="67" />
        <source>Choose a release in the queue first.</source>
        <translation>Сначала выберите высвобождение в очереди.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="76" />
        <source>Release {} was not passed.</source>
        <translation>Высвобождение {} не принято.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="83" />
        <source>Nothing was saved.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="95" />
        <source>Release {} passed.</source>
        <translation>Высвобождение {} принято.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="97" />
        <source>Release {} failed: it no longer counts as released.</source>
        <translation>Высвобождение {} отклонено: оно больше не засчитывается как высвобожденное.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="99" />
        <source>Remaining area recomputed for: {}.</source>
        <translation>Оставшаяся площадь пересчитана для: {}.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="108" />
        <source>Pass a release with errors?</source>
        <translation>Принять высвобождение с ошибками?</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="109" />
        <source>The checks find {} error(s) in release {}:</source>
        <translation>Проверки находят ошибки ({}) в высвобождении {}:</translation>
    </message>
    <message>
        <location filename="../dialogs/review/decision.py" line="112" />
        <source>Pass it all the same?</source>
        <translation>Всё равно принять?</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="35" />
        <source>Release</source>
        <translation>Высвобождение</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="36" />
        <source>Hazard</source>
        <translation>Опасная область</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="37" />
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="38" />
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="39" />
        <source>Area (ha)</source>
        <translation>Площадь (га)</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="40" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="41" />
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="99" />
        <source>Cannot list the releases.</source>
        <translation>Не удаётся получить список высвобождений.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="126" />
        <source>No land release database in the project.</source>
        <translation>В проекте нет базы данных высвобождения земель.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="128" />
        <source>Choose a district.</source>
        <translation>Выберите район.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="130" />
        <source>No release is waiting for review here.</source>
        <translation>Здесь нет высвобождений, ожидающих проверки.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="131" />
        <source>{} release(s) waiting for review.</source>
        <translation>Ожидают проверки: {}.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="183" />
        <source>The checks need shapely 2: see the README.</source>
        <translation>Для проверок нужен shapely 2: см. README.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="188" />
        <source>The checks could not run on this release: see the message log.</source>
        <translation>Проверки не удалось выполнить для этого высвобождения: см. журнал сообщений.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="193" />
        <source>Checks: no errors.</source>
        <translation>Проверки: ошибок нет.</translation>
    </message>
    <message>
        <location filename="../dialogs/review/queue.py" line="197" />
        <source>Checks: {} error(s):</source>
        <translation>Проверки: ошибок — {}:</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="3" />
        <source>Releases</source>
        <translation>Высвобождения</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="9" />
        <source>Review land releases</source>
        <translation>Проверка высвобождения земель</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="31" />
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="37" />
        <source>The land release database whose releases are reviewed</source>
        <translation>База данных высвобождения земель, высвобождения которой проверяются</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="49" />
        <source>In the map extent</source>
        <translation>В видимой части карты</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="57" />
        <source>In the district</source>
        <translation>В районе</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="67" />
        <source>The districts of the database (code – name)</source>
        <translation>Районы базы данных (код – название)</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="83" />
        <source>Releases waiting for review, oldest end date first (Up/Down to move)</source>
        <translation>Высвобождения, ожидающие проверки, сначала с самой ранней датой окончания (стрелки вверх/вниз для перехода)</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="101" />
        <source>Remarks (the reason is required to fail)</source>
        <translation>Примечания (для отклонения причина обязательна)</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="118" />
        <source>Pass</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="123" />
        <source>Fail</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../dialogs/review/review_releases.ui" line="133" />
        <source>List the pending releases again</source>
        <translation>Заново составить список высвобождений, ожидающих проверки</translation>
    </message>
</context>
<context>
    <name>SplitTasks</name>
    <message>
        <location filename="../processing/splittasks.py" line="36" />
        <source>Split hazards into tasks</source>
        <translation>Разделить опасные области на задачи</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="38" />
        <source>Tasking and reports</source>
        <translation>Задачи и отчёты</translation>
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
        <translation>Разрезает каждую опасную область по квадратной сетке на задачи, которые можно выдать группам. Задачи опасной области покрывают её точно, без перекрытий.

HAZARDS: полигоны опасных областей с hazard_id (опасная область без него называется HZ&lt;feature id&gt;, с предупреждением). Неверные полигоны исправляются; опасные области без площади пропускаются.
CELL_SIZE: сторона ячеек сетки в метрах. Сетка выровнена по рабочей системе координат (система координат слоя, если она проекционная в метрах и искажает масштаб там не более чем на 0,5 %, иначе зона UTM данных): края ячеек на целых кратных CELL_SIZE. 0 = использовать TARGET_AREA.
TARGET_AREA: желаемая площадь задачи в м², используется, когда CELL_SIZE равен 0: ячейка — квадратный корень из TARGET_AREA, округлённый до целого метра начиная с 50 м. Задачи внутри опасной области имеют примерно эту площадь; задачи у её края меньше. Один запуск разрезает не более 250 000 ячеек сетки: более мелкая ячейка отклоняется с указанием размера ячейки, который подойдёт.
Части меньше десятой доли ячейки никогда не отбрасываются: каждая присоединяется к части той же опасной области, имеющей с ней самую длинную общую границу (островок без общей границы присоединяется к ближайшей части). Опасная область меньше десятой доли ячейки — одна задача.
PRIORITY_LAYERS: необязательные слои (населённые пункты, дороги, школы...). Каждая задача получает приоритет по расстоянию до ближайшего из их объектов: 1 (высший) в пределах 500 м, 2 — в пределах 2 км, 3 — дальше. Без PRIORITY_LAYERS приоритет пуст.

OUTPUT имеет поля слоя задач: task_id &lt;hazard_id&gt;-T01, -T02... с нумерацией с севера на юг (по ряду сетки), затем с запада на восток, по представительной точке каждой задачи (три цифры, если у опасной области больше 99 задач); hazard_id; status open; а также area_m2, эллипсоидальная площадь в м². Результат — в системе координат HAZARDS.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="73" />
        <source>Hazards</source>
        <translation>Опасные области</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="75" />
        <source>Grid cell size (m, 0 = from the target area)</source>
        <translation>Размер ячейки сетки (м, 0 = по целевой площади)</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="79" />
        <source>Target task area (m², used when the cell size is 0)</source>
        <translation>Целевая площадь задачи (м², если размер ячейки 0)</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="85" />
        <source>Priority layers (settlements, roads...)</source>
        <translation>Слои приоритета (населённые пункты, дороги...)</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="88" />
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="95" />
        <source>HAZARDS must be a polygon layer.</source>
        <translation>HAZARDS должен быть полигональным слоем.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="97" />
        <source>HAZARDS has no features.</source>
        <translation>В HAZARDS нет объектов.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="113" />
        <source>Working CRS: {}</source>
        <translation>Рабочая система координат: {}</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="131" />
        <source>{} task(s) from {} hazard(s), {:.0f} m² in all.</source>
        <translation>Задач: {} (из опасных областей: {}), всего {:.0f} м².</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="155" />
        <source>Grid cells of {:g} m.</source>
        <translation>Ячейки сетки {:g} м.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="158" />
        <source>Grid cells of {:g} m ({:.0f} m²) for TARGET_AREA {:g} m².</source>
        <translation>Ячейки сетки {:g} м ({:.0f} м²) для TARGET_AREA {:g} м².</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="186" />
        <source>HAZARDS has no hazard with an area: there is nothing to split.</source>
        <translation>В HAZARDS нет опасных областей с площадью: делить нечего.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="206" />
        <source>{} hazard_id(s) used by more than one feature ({}): their tasks are numbered together.</source>
        <translation>Значений hazard_id, используемых несколькими объектами: {} ({}); их задачи нумеруются вместе.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="277" />
        <source>HAZARDS: the hazard_id of {} feature(s) is too long for task ids &lt;hazard_id&gt;-T01 (task_id holds {} characters): {}. Shorten them.</source>
        <translation>HAZARDS: hazard_id слишком длинный для идентификаторов задач &lt;hazard_id&gt;-T01 у объектов (количество: {}; task_id вмещает {} симв.): {}. Сократите их.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="292" />
        <source>CELL_SIZE {:g} m</source>
        <translation>CELL_SIZE {:g} м</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="294" />
        <source>TARGET_AREA (cells of {:g} m)</source>
        <translation>TARGET_AREA (ячейки {:g} м)</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="298" />
        <source>{} would cut the hazards into about {:,} grid cells; at most {:,} can be made in one run. Use CELL_SIZE {:g} m or more (TARGET_AREA {:g} m² or more), or split fewer hazards at a time; a team's task is usually 0.25 to 1 ha (CELL_SIZE 50 to 100 m).</source>
        <translation>{}: ячеек сетки получилось бы около {:,}; за один запуск можно создать не более {:,}. Используйте CELL_SIZE {:g} м или больше (TARGET_AREA {:g} м² или больше) или разделяйте меньше опасных областей за раз; задача одной группы обычно 0,25–1 га (CELL_SIZE 50–100 м).</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="316" />
        <source>HAZARDS has no field hazard_id: tasks are named HZ&lt;feature id&gt;.</source>
        <translation>В HAZARDS нет поля hazard_id: задачи называются HZ&lt;feature id&gt;.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="320" />
        <source>{} hazard(s) without hazard_id, named after their feature id: {}.</source>
        <translation>Опасных областей без hazard_id, названных по id объекта: {}: {}.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="334" />
        <source>{} hazard(s) with an invalid geometry repaired: {}.</source>
        <translation>Исправлено опасных областей с неверной геометрией: {}: {}.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="340" />
        <source>{} hazard(s) without geometry or area skipped: {}.</source>
        <translation>Пропущено опасных областей без геометрии или площади: {}: {}.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="357" />
        <source>PRIORITY_LAYERS: {} is not a vector layer with geometry: not used.</source>
        <translation>PRIORITY_LAYERS: {} — не векторный слой с геометрией: не используется.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="368" />
        <source>PRIORITY_LAYERS hold no feature with geometry: priority left empty.</source>
        <translation>В PRIORITY_LAYERS нет объектов с геометрией: приоритет оставлен пустым.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="374" />
        <source>Priority from {} feature(s) (limits {} m): {}.</source>
        <translation>Приоритет по объектам: {} (границы {} м): {}.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="385" />
        <source>{} part(s) smaller than a tenth of a cell merged into a neighbour.</source>
        <translation>Частей меньше десятой доли ячейки, присоединённых к соседней: {}.</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="388" />
        <source>{} of them shared no boundary with another part and joined the nearest one (multi-part tasks).</source>
        <translation>Из них {} не имели общей границы с другой частью и присоединены к ближайшей (многочастные задачи).</translation>
    </message>
    <message>
        <location filename="../processing/splittasks.py" line="392" />
        <source>{} hazard(s) smaller than a tenth of a cell made one task each.</source>
        <translation>Опасных областей меньше десятой доли ячейки, ставших одной задачей каждая: {}.</translation>
    </message>
</context>
<context>
    <name>SyncField</name>
    <message>
        <location filename="../processing/syncfield.py" line="38" />
        <source>Import field package</source>
        <translation>Импортировать полевой пакет</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="40" />
        <source>Tasking and reports</source>
        <translation>Задачи и отчёты</translation>
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
        <translation>Сливает полевой пакет, возвращённый из QField, с базой данных высвобождения земель, из которой он создан, в одной транзакции: каждая полевая правка после упаковки (новые, изменённые и удалённые опасные области, высвобождения, точки обследования, свидетельства и задачи) записывается с журналом правок, оставшиеся площади и статусы опасных областей пересчитываются, фотографии копируются в папку фотографий базы данных.

Поле, изменённое после упаковки и в офисе, и в поле, — конфликт правок: остаётся значение офиса, значение из поля сохраняется в таблице sync_conflict и приводится в отчёте. Ничто не перезаписывается молча. Повторная синхронизация того же пакета ничего не меняет.

INPUT: папка пакета в том виде, в каком она вернулась с планшета (manifest.json, field.gpkg и скрытая папка .landrelease).
DATABASE: GeoPackage высвобождения земель, из которого создан пакет.
CONNECTION и SCHEMA: вместо него — база данных PostgreSQL/PostGIS и схема.
OUTPUT_REPORT: таблица CSV, по строке на каждое изменение, конфликт, отказ или замечание; рядом сводка HTML с тем же именем.

Пакет из другой базы данных, повреждённый field.gpkg, изменённое исходное состояние или полевая правка, которую отклонил бы диалог записи (высвобождение вне своей опасной области, дата окончания раньше даты начала...), отклоняются с сообщением, и база данных остаётся в точности такой, какой была.</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="78" />
        <source>Returned field package (folder)</source>
        <translation>Возвращённый полевой пакет (папка)</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="81" />
        <source>Land release database (GeoPackage)</source>
        <translation>База данных высвобождения земель (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="83" />
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="88" />
        <source>Or a PostgreSQL/PostGIS database (connection)</source>
        <translation>Или база данных PostgreSQL/PostGIS (подключение)</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="91" />
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="93" />
        <source>Sync report (CSV)</source>
        <translation>Отчёт о синхронизации (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="93" />
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="95" />
        <source>Rows added</source>
        <translation>Добавлено записей</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="96" />
        <source>Rows changed</source>
        <translation>Изменено записей</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="97" />
        <source>Rows deleted</source>
        <translation>Удалено записей</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="98" />
        <location filename="../processing/syncfield.py" line="179" />
        <source>New conflicts</source>
        <translation>Новые конфликты</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="105" />
        <source>INPUT: {} is not a folder: choose the returned field package.</source>
        <translation>INPUT: {} не является папкой: выберите возвращённый полевой пакет.</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="124" />
        <source>DATABASE: choose the land release GeoPackage the package was made from, or a PostgreSQL connection and schema.</source>
        <translation>DATABASE: выберите GeoPackage высвобождения земель, из которого создан пакет, или подключение PostgreSQL и схему.</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="129" />
        <source>DATABASE: {} does not exist.</source>
        <translation>DATABASE: {} не существует.</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="137" />
        <source>OUTPUT_REPORT: choose a .csv file name.</source>
        <translation>OUTPUT_REPORT: выберите имя файла .csv.</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="143" />
        <source>The refusals are listed in {}</source>
        <translation>Отказы перечислены в {}</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="144" />
        <source>INPUT: {}</source>
        <translation>INPUT: {}</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="147" />
        <source>{} added, {} changed, {} deleted, {} new conflict(s).</source>
        <translation>Добавлено: {}, изменено: {}, удалено: {}, новых конфликтов: {}.</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="171" />
        <source>OUTPUT_REPORT: cannot write {}: {}</source>
        <translation>OUTPUT_REPORT: не удаётся записать {}: {}</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="176" />
        <location filename="../processing/syncfield.py" line="185" />
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="177" />
        <location filename="../processing/syncfield.py" line="186" />
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="178" />
        <location filename="../processing/syncfield.py" line="187" />
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="182" />
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="183" />
        <source>Conflicts (the office value stays)</source>
        <translation>Конфликты правок (остаётся значение офиса)</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="184" />
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="190" />
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="191" />
        <source>Feature</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="192" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="193" />
        <source>When packed</source>
        <translation>При упаковке</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="194" />
        <source>In the office</source>
        <translation>В офисе</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="195" />
        <source>From the field</source>
        <translation>Из полевого пакета</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="196" />
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="197" />
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="199" />
        <source>Field package sync</source>
        <translation>Синхронизация полевого пакета</translation>
    </message>
    <message>
        <location filename="../processing/syncfield.py" line="253" />
        <source>Geometry</source>
        <translation>Геометрия</translation>
    </message>
</context>
<context>
    <name>TaskingMapLayout</name>
    <message>
        <location filename="../layouts/atlas.py" line="83" />
        <source>This map shows the recorded extent of the hazard. It does not replace marking on the ground, and land outside the marked area is not declared safe. Check every point on the ground before work starts.</source>
        <translation>Эта карта показывает зарегистрированные границы опасной области. Она не заменяет маркировку на местности, и земля за пределами обозначенной области не объявляется безопасной. Проверьте каждую точку на местности до начала работ.</translation>
    </message>
    <message>
        <location filename="../layouts/atlas.py" line="88" />
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../layouts/atlas.py" line="89" />
        <source>district</source>
        <translation>район</translation>
    </message>
    <message>
        <location filename="../layouts/atlas.py" line="90" />
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <location filename="../layouts/atlas.py" line="91" />
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../layouts/atlas.py" line="92" />
        <source>of</source>
        <translation>из</translation>
    </message>
    <message>
        <location filename="../layouts/atlas.py" line="132" />
        <location filename="../layouts/atlas.py" line="230" />
        <source>Tasking map</source>
        <translation>Карта задачи</translation>
    </message>
    <message>
        <location filename="../layouts/atlas.py" line="206" />
        <source>Cannot write {}</source>
        <translation>Невозможно записать {}</translation>
    </message>
    <message>
        <location filename="../layouts/atlas.py" line="322" />
        <source>The PDF could not be written (error {}).</source>
        <translation>Не удалось записать PDF (ошибка {}).</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_data.py" line="92" />
        <source>Areas</source>
        <translation>Области</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_data.py" line="94" />
        <source>Areas (overview)</source>
        <translation>Области (обзор)</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_data.py" line="97" />
        <source>Turning points</source>
        <translation>Поворотные точки</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_data.py" line="107" />
        <source>Turning point table</source>
        <translation>Таблица поворотных точек</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_data.py" line="152" />
        <source>Table continues on the next page.</source>
        <translation>Продолжение таблицы на следующей странице.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_symbols.py" line="68" />
        <source>The area of this map</source>
        <translation>Область этой карты</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_symbols.py" line="75" />
        <source>Other areas in this set</source>
        <translation>Другие области этого набора</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_symbols.py" line="117" />
        <source>Turning point and its number</source>
        <translation>Поворотная точка и её номер</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="26" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="27" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="28" />
        <source>Easting</source>
        <translation>Восток</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="29" />
        <source>Northing</source>
        <translation>Север</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="30" />
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="31" />
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="32" />
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="33" />
        <source>Grid °</source>
        <translation>Дир. °</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="34" />
        <source>Grid mil</source>
        <translation>Дир. тыс.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="35" />
        <source>Magn. mil</source>
        <translation>Маг. тыс.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="36" />
        <source>To next m</source>
        <translation>До след. м</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="38" />
        <source>Magn. °</source>
        <translation>Маг. °</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_table.py" line="91" />
        <location filename="../layouts/tasking_table.py" line="110" />
        <source>No points</source>
        <translation>Нет точек</translation>
    </message>
</context>
<context>
    <name>TaskingMaps</name>
    <message>
        <location filename="../layouts/tasking_page.py" line="63" />
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="63" />
        <source>Hazard</source>
        <translation>Опасная область</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="86" />
        <source>A suspected hazardous area: its boundary is not pegged out, so no turning points are listed. Survey decides where the hazard is.</source>
        <translation>Подозреваемая опасная область: её граница на местности не обозначается, поэтому поворотные точки не перечислены. Где опасность, определит обследование.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="139" />
        <source>No magnetic declination for {} ({}): the magnetic bearings are left empty.</source>
        <translation>Нет магнитного склонения на {} ({}): магнитные азимуты оставлены пустыми.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="155" />
        <source>No turning points recorded for this area: the numbers are the polygon's vertices, clockwise from the northernmost. Check them on the ground.</source>
        <translation>Для этой области поворотные точки не зарегистрированы: номера — вершины полигона по часовой стрелке от самой северной. Проверьте их на местности.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="165" />
        <source>Tasking map {}</source>
        <translation>Карта задачи {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="170" />
        <source>Points: {} metres · lat/lon WGS 84 · bearings to the next point: grid (°), {}</source>
        <translation>Точки: {}, метры · широта/долгота WGS 84 · на след. точку: дир. угол (°), {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="192" />
        <source>Task: {}   Team: {}   From {} to {}</source>
        <translation>Задача: {}   Группа: {}   С {} по {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="193" />
        <source>Emergency contact (CASEVAC): {}</source>
        <translation>Экстренная связь (CASEVAC): {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="194" />
        <source>Prepared: {}   Checked: {}   Approved: {}</source>
        <translation>Составил: {}   Проверил: {}   Утвердил: {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="195" />
        <source>(name, signature, date)</source>
        <translation>(ФИО, подпись, дата)</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="205" />
        <source>Classification: {}   Status: {}</source>
        <translation>Классификация: {}   Статус: {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="206" />
        <source>District: {}</source>
        <translation>Район: {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="209" />
        <source>Hazard: {}</source>
        <translation>Опасная область: {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="210" />
        <source>Operator: {}</source>
        <translation>Оператор: {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="210" />
        <source>Priority: {}</source>
        <translation>Приоритет: {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="214" />
        <source>Area: {} m² = {} ha (ellipsoidal)</source>
        <translation>Площадь: {} м² = {} га (эллипсоидальная)</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="218" />
        <source>Points: {}</source>
        <translation>Точек: {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="225" />
        <source>Grid north.</source>
        <translation>Север сетки.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="228" />
        <source>True north is {:.1f}° {} of grid north here.</source>
        <translation>Здесь истинный север на {:.1f}° {} севера сетки.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="234" />
        <source>No magnetic declination for {}: for a compass, apply the local value to the grid bearings.</source>
        <translation>Нет магнитного склонения на {}: для компаса поправьте дирекционные углы на местное склонение.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="243" />
        <source>Magnetic declination {}; magnetic north is {:.1f}° {} of grid north.</source>
        <translation>Магнитное склонение {}; магнитный север на {:.1f}° {} севера сетки.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="248" />
        <source>Magnetic declination {}.</source>
        <translation>Магнитное склонение {}.</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="251" />
        <source>Magnetic bearing = grid bearing + convergence (at each point) − declination (at the area's centre).</source>
        <translation>Маг. азимут = дир. угол + сближение (в каждой точке) − склонение (в центре области).</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="338" />
        <source>degrees</source>
        <translation>градусах</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="339" />
        <source>mils (6400 to the circle)</source>
        <translation>тысячных (6400 на круг)</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="340" />
        <source>Soviet mils (6000 to the circle, 12-50 = 75°)</source>
        <translation>тысячных (6000 на круг, 12-50 = 75°)</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="343" />
        <source>magnetic (°)</source>
        <translation>маг. азимут (°)</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="344" />
        <source>grid and magnetic in {}</source>
        <translation>дир. угол и маг. азимут в {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="349" />
        <source>vertex</source>
        <translation>вершина</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="356" />
        <source>E</source>
        <translation>В</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="356" />
        <source>W</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="362" />
        <source>east</source>
        <translation>восточнее</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="362" />
        <source>west</source>
        <translation>западнее</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="31" />
        <location filename="../processing/taskingmaps.py" line="129" />
        <source>Tasking maps (PDF)</source>
        <translation>Карты задач (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="33" />
        <source>Tasking and reports</source>
        <translation>Задачи и отчёты</translation>
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
        <translation>Одна страница PDF на каждую опасную область или задачу, чтобы передать группе, которая туда выезжает.

INPUT: опасные области (hazard_id) или задачи (task_id); 'только выбранные объекты' печатает выделение. Страницы сортируются по id.
POINTS: необязательные поворотные точки (поворотные точки ПдОО с hazard_id, точки обследования с owner_id или точки с task_id) с point_type и seq. Области без точек получают собственные вершины, пронумерованные по часовой стрелке от самой северной, и на странице это указано.
RELEASES, EVIDENCE, TASKS: необязательные участки высвобождения земель (по результату: исключённые, сокращённые, очищенные), точки доказательств и границы задач рисуются на каждой карте в своих стилях, чтобы группа видела, что уже высвобождено и где доказательства и задачи.
LAYERS: необязательные слои подложки, рисуются бледно под областью и на обзорной карте.
ORGANISATION: печатается в штампе.
EMERGENCY_CONTACT: контакт для эвакуации пострадавших (CASEVAC), печатается в блоке задачи (иначе остаётся пустым для заполнения от руки).
PAGE_SIZE: A4 альбомная, A3 альбомная или A4 книжная.
LANGUAGE: язык, на котором печатаются карты (по умолчанию — язык интерфейса QGIS).
BEARING_UNIT: единица азимутов, печатаемых рядом с дирекционными углами: настройка базы данных высвобождения земель слоя INPUT (по умолчанию; для других слоёв — градусы), градусы, тысячные (6400 на круг) или тысячные (6000 на круг, запись 12-50).
PHOTOS: если отмечено, после страниц каждого участка печатается страница с фотографиями высвобожденных участков из RELEASES и доказательств из EVIDENCE внутри него, а также точек из POINTS, относящихся к нему (под каждым фото — ID объекта и имя файла; фото, которые не удаётся прочитать, названы на странице). Для участка без фотографий такая страница не печатается.

Каждая страница: заштрихованная область с пронумерованными точками, сетка UTM в метрах (проекционная система координат входного слоя или его зона UTM, если эта система координат географическая или искажает масштаб там более чем на 0,5 %), масштабная линейка, стрелка севера сетки со сближением меридианов и магнитным склонением в центре области на дату печати (IGRF-14), обзорная карта, таблица точек (восточная и северная координаты, широта/долгота, MGRS, дирекционный угол в градусах, дирекционный угол в единицах программы, магнитный азимут на дату печати, расстояние до следующей точки; последняя точка ведёт обратно к первой), штамп с эллипсоидальной площадью, статусом словами и названием района, численный масштаб, блок задачи (задача, группа, даты, контакт CASEVAC) со строками подписей «составил / проверил / утвердил», условные обозначения и предупреждение. Подозреваемая опасная область (ПОО) без зарегистрированных поворотных точек печатается без таблицы точек: её граница на местности не обозначается. Магнитный азимут = дирекционный угол + сближение меридианов (в каждой точке) - склонение. Область с большим числом точек, чем помещается в таблицу, продолжается на второй странице.

Макет берётся из layouts/tasking_map*.qpt в папке модуля: измените его в редакторе макетов, чтобы добавить логотип, сохраняя id элементов.

PDF записывается под временным именем и в конце перемещается в OUTPUT: отменённый или неудачный запуск оставляет OUTPUT таким, каким он был. Области с координатами NaN или бесконечными или с недопустимым полигоном отклоняются с указанием id; области без геометрии или площади пропускаются и называются.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="99" />
        <source>A4 landscape</source>
        <translation>A4 альбомная</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="99" />
        <source>A3 landscape</source>
        <translation>A3 альбомная</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="99" />
        <source>A4 portrait</source>
        <translation>A4 книжная</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="100" />
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="102" />
        <source>The database's setting</source>
        <translation>Настройка базы данных</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="103" />
        <source>Degrees</source>
        <translation>Градусы</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="104" />
        <source>Mils (6400)</source>
        <translation>Тысячные (6400)</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="105" />
        <source>Soviet mils (6000, written 12-50)</source>
        <translation>Тысячные (6000, запись 12-50)</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="108" />
        <source>Hazards or tasks</source>
        <translation>Опасные области или задачи</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="111" />
        <source>Turning points (hazard_id, owner_id or task_id; point_type, seq)</source>
        <translation>Поворотные точки (hazard_id, owner_id или task_id; point_type, seq)</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="115" />
        <source>Land releases (drawn)</source>
        <translation>Высвобожденные участки (рисуются)</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="116" />
        <source>Evidence (drawn)</source>
        <translation>Доказательства (рисуются)</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="117" />
        <source>Task boundaries (drawn)</source>
        <translation>Границы задач (рисуются)</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="118" />
        <source>Basemap layers</source>
        <translation>Слои подложки</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="119" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="122" />
        <source>Emergency contact (CASEVAC)</source>
        <translation>Экстренная связь (CASEVAC)</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="126" />
        <source>Page size</source>
        <translation>Размер страницы</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="127" />
        <source>Language of the maps</source>
        <translation>Язык карт</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="128" />
        <source>Bearings also in</source>
        <translation>Азимуты также в единицах</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="129" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="132" />
        <source>Print the photos of the releases, survey points and evidence</source>
        <translation>Печатать фотографии высвобожденных участков, точек обследования и доказательств</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="141" />
        <source>INPUT must be a polygon layer.</source>
        <translation>INPUT должен быть полигональным слоем.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="145" />
        <source>INPUT has neither a hazard_id nor a task_id field: give hazards or tasks.</source>
        <translation>В INPUT нет ни поля hazard_id, ни поля task_id: укажите опасные области или задачи.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="151" />
        <source>INPUT has no features (or none selected): there is nothing to print. Choose a layer with hazards or tasks, or select some.</source>
        <translation>В INPUT нет объектов (или ни один не выбран): печатать нечего. Выберите слой с опасными областями или задачами или выделите некоторые из них.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="163" />
        <source>POINTS must be a point layer.</source>
        <translation>POINTS должен быть точечным слоем.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="166" />
        <source>POINTS needs a field that names the area: {}.</source>
        <translation>В POINTS нужно поле, указывающее область: {}.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="178" />
        <source>Map and grid CRS: {}</source>
        <translation>Система координат карты и сетки: {}</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="190" />
        <source>{} SHA(s) without turning points are printed without a point table.</source>
        <translation>ПОО без поворотных точек напечатано без таблицы точек: {}.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="196" />
        <source>{} area(s) have no turning points in POINTS: their vertices are numbered instead, and their page says so.</source>
        <translation>Областей без поворотных точек в POINTS: {}; вместо них нумеруются вершины, и на странице это указано.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="201" />
        <source>{} page(s) for {} area(s) written to {}</source>
        <translation>Записано страниц: {} для областей: {} в {}</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="264" />
        <source>OUTPUT: the tasking maps could not be written to {}: {}</source>
        <translation>OUTPUT: не удалось записать карты задач в {}: {}</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="270" />
        <source>The photo {} of {} cannot be printed: {}</source>
        <translation>Фото {} объекта {} не удаётся напечатать: {}</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="311" />
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="312" />
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="313" />
        <source>Land releases</source>
        <translation>Высвобожденные участки</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="321" />
        <source>{}: {} feature(s) without a usable geometry are not drawn.</source>
        <translation>{}: объекты без пригодной геометрии не нарисованы: {}.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="351" />
        <source>Cancelled: no tasking maps were written (OUTPUT is left as it was).</source>
        <translation>Отменено: карты задач не записаны (OUTPUT остался таким, каким был).</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="369" />
        <source>INPUT: {} area(s) have an invalid polygon: {}. Repair them (Check land release data lists them) before printing tasking maps.</source>
        <translation>INPUT: областей с недопустимым полигоном: {} — {}. Исправьте их (алгоритм «Проверить данные высвобождения земель» их перечисляет) перед печатью карт задач.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="375" />
        <source>INPUT: {} feature(s) without geometry or area skipped: {}.</source>
        <translation>INPUT: пропущено объектов без геометрии или площади: {} — {}.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="383" />
        <source>No feature of INPUT has a polygon to print.</source>
        <translation>Ни у одного объекта INPUT нет полигона для печати.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="398" />
        <source>{} of {} (seq {})</source>
        <translation>{} из {} (seq {})</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="403" />
        <source>POINTS: {} point(s) have a coordinate that is NaN or infinite, or are several points in one feature: {}. Correct them: a turning point must be one place.</source>
        <translation>POINTS: точек с координатой NaN или бесконечной либо из нескольких точек в одном объекте: {} — {}. Исправьте их: поворотная точка должна быть одним местом.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="417" />
        <source>BEARING_UNIT must be 0 (the database's setting) to 3.</source>
        <translation>BEARING_UNIT должен быть от 0 (настройка базы данных) до 3.</translation>
    </message>
    <message>
        <location filename="../processing/taskingmaps.py" line="428" />
        <source>Bearing unit of the programme: {}</source>
        <translation>Единица азимутов программы: {}</translation>
    </message>
    <message>
        <location filename="../layouts/tasking_page.py" line="386" />
        <source>Unknown (figures being recomputed)</source>
        <translation>Неизвестно (показатели пересчитываются)</translation>
    </message>
</context>
<context>
    <name>Traverse</name>
    <message>
        <location filename="../processing/traverse.py" line="49" />
        <source>Minefield records to polygons (traverse)</source>
        <translation>Формуляры минных полей в полигоны (ход)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="51" />
        <location filename="../processing/traverse.py" line="187" />
        <source>Minefield records</source>
        <translation>Формуляры минных полей</translation>
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
        <translation>Восстанавливает полигоны формуляров минных полей, записанных в виде хода: от первой точки каждая сторона хода даёт следующую точку по азимуту и расстоянию от предыдущей.

LEGS: таблица (слой traverse_leg, CSV…) с полями record_id, seq, bearing и distance_m и, при необходимости, point_type, bearing_unit, north, remarks и declination_deg (собственное магнитное склонение стороны). Стороны формуляра берутся в порядке seq (целые числа, каждое один раз). Собственные bearing_unit (deg, mil6400, mil6000, gon) и north (grid, true, magnetic) стороны заменяют ANGLE_UNIT и NORTH, если они не пусты. Расстояния — в метрах, не более 50 км на сторону.
Азимуты могут быть числами или текстом, как записано в формуляре, и читаются в единице стороны: тысячные 12-50 (= 1250 тысячных из 6000) и 0-75 при mil6000; простые числа с десятичной точкой или запятой; в градусах также 45°30', 45°30'36", 45 30 36, 45 гр. 30 мин. и румбы N45E, S30°W. Текст, который можно прочитать двумя способами (12-50 в градусах, 1,250 в тысячных), отклоняется, а не угадывается.
START: по одной точке на формуляр, с record_id: первая точка формуляра, его ориентир или репер, в любой системе координат, в том числе в зонах СК-42 (Гаусс–Крюгер) EPSG:28404–28432 (на Кавказе — 28407, 28408, 28409); датум пересчитывается наилучшим для этого места преобразованием PROJ, которое называется в журнале. Поле point_type в START (reference, benchmark или start) указывает, что это за точка; без него точка считается ориентиром. Поле entered_as (координаты, как записаны) сохраняется у первой выходной точки. Поля слоя minefield_record, найденные в START (document_ref, record_date, side, mine_types, mines_recorded, accuracy, remarks), копируются в OUTPUT.
START может быть и слоем survey_point базы данных: без record_id формуляр указывает поле owner_id; используются только точки формуляров, у которых есть стороны хода в LEGS, и из них первая точка (point_type reference, benchmark или start с наименьшим seq). Дата каждого формуляра, сохранённое склонение (entered или field) и данные документа берутся тогда из его строки в слое minefield_record той же базы данных, так что формуляр, введённый в диалоге «Поворотные точки», пересчитывается так, как был сохранён.
ANGLE_UNIT: градусы (360), тысячные (6400), тысячные (6000, тысячные Варшавского договора) или гоны (400). Азимут идёт от 0 до полного круга, который сам не допускается: север — 0.
NORTH: дирекционные углы (сетка) плоские в рабочей системе координат; истинные азимуты рассчитываются по эллипсоиду WGS 84 (геодезически), с расстояниями на местности; магнитные азимуты переводятся в истинные с учётом магнитного склонения.
Магнитное склонение (градусы, восточное положительное, западное отрицательное) для каждого формуляра с магнитными сторонами берётся из первого найденного источника: собственное declination_deg стороны в LEGS; DECLINATION_FIELD формуляра в START; DECLINATION (необязательный, без значения по умолчанию); иначе значение IGRF-14 в начальной точке формуляра на его дату (DATE_FIELD в START, по умолчанию record_date: дата или текст 1993-06-15 или 15.06.1993 (день.месяц.год); для одного месяца, 1993-06, берётся 15-е число; 03/04/1993 отклоняется как неоднозначная дата, как и даты в будущем и вне периода IGRF, 1900–2029). Магнитный формуляр без всего этого отклоняется по его record_id и никогда не вычисляется с нулевым склонением. OUTPUT указывает источник: declination_deg и declination_source (entered: DECLINATION; field: DECLINATION_FIELD или собственное значение сторон; igrf), а журнал даёт значение для каждого формуляра, а для IGRF — его дату и место.
ADJUST: нет или Боудич (правило компаса) для формуляров, замыкающихся стороной end: невязка распределяется по периметру пропорционально пройденному расстоянию, чтобы конечная точка совпала с начальной. Формуляр без замыкающей стороны end остаётся как записан (adjusted false), и это сообщается в журнале. Невязка, периметр и отношение всегда описывают формуляр в том виде, как он введён.
CLOSURE_TOLERANCE: наибольшая допустимая невязка (м): closure_ok истинно, если closure_error_m не больше неё. Конечная точка в пределах этого допуска от начальной считается начальной: второй вершины там у полигона нет (невязка всё равно сообщается).

Типы точек: reference (ориентир вне области, который легко найти), benchmark (репер — закреплённая точка в коротком безопасном переходе от области), start (TP1, первая точка периметра), turning (каждое изменение направления; сторона без point_type — поворотная точка), intermediate (на длинной или непросматриваемой стороне), end (последняя точка, которая должна совпасть с начальной), evidence (не на периметре). Периметр — точки start, turning, intermediate и end в порядке seq.
Замыкание: невязка — расстояние от последней точки периметра до первой; сторона end, возвращающаяся точно в начало, замыкается с невязкой 0. Формуляр без замыкающей стороны замыкается прямой, длина которой сообщается как его невязка. closure_ratio = невязка / периметр (на плоскости, в рабочей системе координат, с замыкающей стороной).

Где находится формуляр: формуляр с точкой вне территории программы (охват районов базы данных START плюс 10 км; иначе область применения системы координат START) записывается с outside_area true и предупреждением, в котором он назван; проверьте его начальную точку и стороны хода.

OUTPUT: по полигону на формуляр в системе координат START: record_id, area_m2 (эллипсоидальная), perimeter_m, closure_error_m, closure_ratio, closure_ok (true/false), adjusted, declination_deg, declination_source, outside_area. OUTPUT_POINTS: каждая вычисленная точка (первая точка имеет seq 0) с полями survey_point: owner_id и record_id, point_type, seq, bearing, bearing_unit, north и distance_m в том виде, как прочитаны, entered_as (значения в том виде, как введены), remarks, плюс easting и northing в рабочей системе координат и outside_area.
Вычисления ведутся в метрах в системе координат START или в её зоне UTM, если START географическая или искажает масштаб там более чем на 0,5 % (Web Mercator). Формуляр, который невозможно вычислить (нет начальной точки, азимут не читается или вне круга, отрицательное расстояние, нет склонения…), сообщается по его record_id и пропускается; остальные всё равно вычисляются. Результаты RECORDS, FAILED и OUT_OF_TOLERANCE содержат их количество.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="152" />
        <source>Degrees (360)</source>
        <translation>Градусы (360)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="153" />
        <source>Mils (6400)</source>
        <translation>Тысячные (6400)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="154" />
        <source>Mils (6000)</source>
        <translation>Тысячные (6000)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="155" />
        <source>Gon (400)</source>
        <translation>Гоны (400)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="157" />
        <source>Grid</source>
        <translation>Сетка (дирекционный угол)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="157" />
        <source>True</source>
        <translation>Истинный</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="157" />
        <source>Magnetic</source>
        <translation>Магнитный</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="158" />
        <source>None (as recorded)</source>
        <translation>Нет (как записано)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="158" />
        <source>Bowditch (compass rule)</source>
        <translation>Боудич (правило компаса)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="160" />
        <source>Traverse legs</source>
        <translation>Стороны ходов</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="163" />
        <source>Start points (reference point or benchmark of each record)</source>
        <translation>Начальные точки (ориентир или репер каждого формуляра)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="166" />
        <source>Bearing unit (where a leg has none)</source>
        <translation>Единица азимута (если у стороны не указана)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="167" />
        <source>North reference (where a leg has none)</source>
        <translation>Отсчёт от севера (если у стороны не указан)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="170" />
        <source>Magnetic declination (degrees, east positive; empty: per record)</source>
        <translation>Магнитное склонение (градусы, восточное положительное; пусто — для каждого формуляра своё)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="177" />
        <source>Declination field of the start points</source>
        <translation>Поле склонения начальных точек</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="181" />
        <source>Record date field of the start points (for the IGRF declination)</source>
        <translation>Поле даты формуляра у начальных точек (для склонения по IGRF)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="185" />
        <source>Adjustment</source>
        <translation>Уравнивание</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="186" />
        <source>Closure tolerance (m)</source>
        <translation>Допустимая невязка (м)</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="188" />
        <source>Traverse points</source>
        <translation>Точки хода</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="189" />
        <source>Records computed</source>
        <translation>Вычислено формуляров</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="190" />
        <source>Records that failed</source>
        <translation>Формуляры с ошибками</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="191" />
        <source>Records beyond the closure tolerance</source>
        <translation>Формуляры с невязкой выше допустимой</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="208" />
        <source>CLOSURE_TOLERANCE cannot be negative.</source>
        <translation>CLOSURE_TOLERANCE не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="216" />
        <source>LEGS lacks the field(s) {}: a traverse leg needs record_id, seq, bearing and distance_m (point_type, bearing_unit, north, remarks and declination_deg are optional).</source>
        <translation>В LEGS нет полей {}: стороне хода нужны record_id, seq, bearing и distance_m (point_type, bearing_unit, north, remarks и declination_deg необязательны).</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="222" />
        <source>LEGS has no rows.</source>
        <translation>В LEGS нет строк.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="228" />
        <source>START must be a point layer (it holds {} geometries).</source>
        <translation>START должен быть точечным слоем (в нём геометрии типа {}).</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="235" />
        <source>START has no field record_id (nor owner_id, as the survey_point layer has): each start point must name its record.</source>
        <translation>В START нет поля record_id (и нет owner_id, как в слое survey_point): каждая начальная точка должна указывать свой формуляр.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="240" />
        <source>START has no features.</source>
        <translation>В START нет объектов.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="246" />
        <source>START has no field {}: choose {} among its fields.</source>
        <translation>В START нет поля {}: выберите {} среди его полей.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="260" />
        <source>START has no field {}: choose DATE_FIELD among its fields.</source>
        <translation>В START нет поля {}: выберите DATE_FIELD среди его полей.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="265" />
        <source>DATE_FIELD {} holds {} values, not dates: choose a date field, or a text field with dates such as 1993-06-15 or 15.06.1993.</source>
        <translation>DATE_FIELD {} содержит значения типа {}, а не даты: выберите поле даты или текстовое поле с датами вида 1993-06-15 или 15.06.1993.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="278" />
        <source>DECLINATION must be between -180 and 180 degrees (east positive).</source>
        <translation>DECLINATION должно быть от -180 до 180 градусов (восточное положительное).</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="291" />
        <source>Working CRS: {}</source>
        <translation>Рабочая система координат: {}</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="312" />
        <source>{} record(s) computed, {} failed, {} beyond the closure tolerance of {:g} m.</source>
        <translation>Вычислено формуляров: {}, с ошибками: {}, с невязкой выше допустимой: {} (допуск {:g} м).</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="339" />
        <source>{}: the stored values of {} could not be looked at ({}): a number field holding text written by another program is read as QGIS reads it.</source>
        <translation>{}: не удалось просмотреть сохранённые значения {} ({}): текст, записанный другой программой в числовое поле, читается так, как его читает QGIS.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="354" />
        <source>LEGS: the record_id of {} leg(s) holds characters that could not be read (�): {}. The file is not in the encoding QGIS read it with: save it as UTF-8, or set the layer's encoding (Properties, Source).</source>
        <translation>LEGS: сторон хода с нечитаемыми символами (�) в record_id: {} — {}. Файл не в той кодировке, в которой QGIS его прочитал: сохраните его в UTF-8 или задайте кодировку слоя (Свойства, Источник).</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="361" />
        <source>{} leg(s) without record_id left out.</source>
        <translation>Пропущено сторон хода без record_id: {}.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="398" />
        <source>{} record(s) completed from the database's minefield_record layer (date, stored declination, document data).</source>
        <translation>Формуляров, дополненных из слоя minefield_record базы данных (дата, сохранённое склонение, данные документа): {}.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="415" />
        <source>The programme's area is unknown (START's CRS has no area of use).</source>
        <translation>Территория программы неизвестна (у системы координат START нет области применения).</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="419" />
        <source>Programme's area ({}): {}.</source>
        <translation>Территория программы ({}): {}.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="420" />
        <source>districts' extent plus {:g} km</source>
        <translation>охват районов плюс {:g} км</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="422" />
        <source>area of use of START's CRS</source>
        <translation>область применения системы координат START</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="575" />
        <source>Points for the programme's area</source>
        <translation>Точки для территории программы</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="585" />
        <source>Record {}: {} of its {} points lie outside the programme's area ({}); the farthest is {}. It is written with outside_area true: check its start point and legs.</source>
        <translation>Формуляр {}: {} из {} его точек — вне территории программы ({}); самая дальняя — {}. Он записан с outside_area true: проверьте его начальную точку и стороны хода.</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="597" />
        <source>seq {} at {:.5f}° {}, {:.5f}° {}, about {:.1f} km outside</source>
        <translation>seq {} в точке {:.5f}° {}, {:.5f}° {}, примерно в {:.1f} км за её пределами</translation>
    </message>
    <message>
        <location filename="../processing/traverse.py" line="601" />
        <source>seq {}, which cannot be placed on the earth</source>
        <translation>seq {}, которую невозможно разместить на земной поверхности</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="75" />
        <source>its legs' {}</source>
        <translation>{} его сторон хода</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="77" />
        <source>the DECLINATION parameter</source>
        <translation>параметр DECLINATION</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="79" />
        <source>the record's stored declination ({})</source>
        <translation>сохранённое склонение формуляра ({})</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="81" />
        <source>START's field {}</source>
        <translation>поле {} в START</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="106" />
        <source>Record {}: no declination is given and the IGRF cannot be used: {}</source>
        <translation>Формуляр {}: склонение не задано, а IGRF использовать невозможно: {}</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="118" />
        <source>Record {}: its bearings are magnetic but no declination is given: give DECLINATION, a value in DECLINATION_FIELD, declination_deg on its legs, or the record's date in DATE_FIELD (for the IGRF value).</source>
        <translation>Формуляр {}: азимуты магнитные, но склонение не задано: укажите DECLINATION, значение в DECLINATION_FIELD, declination_deg у его сторон хода или дату формуляра в DATE_FIELD (для значения по IGRF).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="131" />
        <source>Record {}: its date {} is outside the IGRF (1900 to 2029): give the declination printed on the record (DECLINATION or DECLINATION_FIELD).</source>
        <translation>Формуляр {}: его дата {} вне периода IGRF (1900–2029): укажите склонение, записанное в формуляре (DECLINATION или DECLINATION_FIELD).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="151" />
        <source>Record {}: its start point cannot be placed on the earth for the IGRF declination.</source>
        <translation>Формуляр {}: его начальную точку невозможно разместить на земной поверхности для склонения по IGRF.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="154" />
        <source>Start points for the IGRF</source>
        <translation>Начальные точки для IGRF</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="160" />
        <source>IGRF-14 at {:.4f}° {}, {:.4f}° {} on {}</source>
        <translation>IGRF-14 в точке {:.4f}° {}, {:.4f}° {} на {}</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="165" />
        <source> (the record gives the month only: its 15th)</source>
        <translation> (в формуляре указан только месяц: взято 15-е число)</translation>
    </message>
    <message>
        <location filename="../processing/traverse_declination.py" line="172" />
        <source>; {} leg(s) with their own {}</source>
        <translation>; сторон хода со своим значением: {} ({})</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="55" />
        <source>Record {record}: {problem}</source>
        <translation>Формуляр {record}: {problem}</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="56" />
        <source>Record {record}, leg {seq}: {problem}</source>
        <translation>Формуляр {record}, сторона {seq}: {problem}</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="75" />
        <source>the bearing is missing.</source>
        <translation>нет азимута.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="77" />
        <source>the bearing {typed} cannot be read in {unit}: write it as {forms}.</source>
        <translation>азимут {typed} не читается как число {unit}: запишите его в виде {forms}.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="80" />
        <source>the bearing {typed} is outside 0 to {full} {unit} (the full circle itself is written 0).</source>
        <translation>азимут {typed} вне диапазона от 0 до {full} {unit} (полный круг записывается как 0).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="83" />
        <source>the bearing text is too long: write one bearing.</source>
        <translation>текст азимута слишком длинный: запишите один азимут.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="85" />
        <source>the bearing {typed} is negative: bearings go clockwise from north, 0 to {full} {unit}.</source>
        <translation>азимут {typed} отрицательный: азимуты отсчитываются по часовой стрелке от севера, от 0 до {full} {unit}.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="88" />
        <source>in the bearing {typed} a part before the last has decimals: only the last part may have them.</source>
        <translation>в азимуте {typed} десятичные знаки есть не в последней части: они допустимы только в последней.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="92" />
        <source>in the bearing {typed} the minutes or seconds are 60 or more.</source>
        <translation>в азимуте {typed} минут или секунд 60 или больше.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="95" />
        <source>the bearing {typed} does not give degrees, minutes and seconds in that order: write 45°30'36" or 45 30 36.</source>
        <translation>в азимуте {typed} градусы, минуты и секунды идут не в этом порядке: запишите 45°30'36" или 45 30 36.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="99" />
        <source>the quadrant bearing {typed} has an angle above 90°: write it from N or S towards E or W, 0 to 90°.</source>
        <translation>у румба {typed} угол больше 90°: запишите его от N или S к E или W, от 0 до 90°.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="103" />
        <source>the bearing {typed} is written like Soviet mils (12-50 = 1250 mils of 6000): the record's unit is probably mil6000, not {unit}.</source>
        <translation>азимут {typed} записан как тысячные (12-50 = 1250 тысячных из 6000): вероятно, единица формуляра — mil6000 вместо {unit}.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="107" />
        <source>the bearing {typed} is not Soviet mils: write hundreds, a hyphen and exactly two digits (12-50 is 1250 mils, 0-75 is 75).</source>
        <translation>азимут {typed} — не запись в тысячных: запишите сотни, дефис и ровно две цифры (12-50 — это 1250 тысячных, 0-75 — 75).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="111" />
        <source>the bearing {typed} is written in degrees but the unit is {unit}: correct the unit or the bearing.</source>
        <translation>азимут {typed} записан в градусах, а ожидается число {unit}: исправьте единицу или азимут.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="115" />
        <source>the bearing {typed} could have a decimal or a thousands separator: write it without the separator.</source>
        <translation>в азимуте {typed} разделитель может быть как десятичным, так и разделителем тысяч: запишите его без разделителя.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="124" />
        <source>the distance is missing.</source>
        <translation>нет расстояния.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="125" />
        <source>the distance {value} is not a number.</source>
        <translation>расстояние {value} — не число.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="126" />
        <source>the distance {value} m is negative.</source>
        <translation>расстояние {value} м отрицательное.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="128" />
        <source>the distance {value} m is longer than any leg of a minefield record (50 km at most): check the number and its unit.</source>
        <translation>расстояние {value} м длиннее любой стороны хода формуляра минного поля (не более 50 км): проверьте число и его единицу.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="137" />
        <source>unknown bearing unit {value}: use deg, mil6400, mil6000 or gon.</source>
        <translation>неизвестная единица азимута {value}: используйте deg, mil6400, mil6000 или gon.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="138" />
        <source>unknown north {value}: use grid, true or magnetic.</source>
        <translation>неизвестный север {value}: используйте grid, true или magnetic.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="140" />
        <source>unknown point type {value}: use reference, benchmark, start, turning, intermediate, end or evidence.</source>
        <translation>неизвестный тип точки {value}: используйте reference, benchmark, start, turning, intermediate, end или evidence.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="143" />
        <source>two legs have the sequence number {value}.</source>
        <translation>у двух сторон хода один и тот же порядковый номер {value}.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="144" />
        <source>a leg has no whole sequence number (seq is {value}).</source>
        <translation>у стороны хода нет целого порядкового номера (seq равно {value}).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="152" />
        <source>the start point cannot be placed (no usable coordinates in the working CRS).</source>
        <translation>начальную точку невозможно разместить (нет пригодных координат в рабочей системе координат).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="155" />
        <source>{value} perimeter point(s) (start, turning, intermediate, end): a polygon needs at least 3 distinct points.</source>
        <translation>Точек периметра (start, turning, intermediate, end): {value}; полигону нужно не менее 3 различных точек.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="159" />
        <source>the magnetic declination {value} is not a number of degrees between -180 and 180 (east positive).</source>
        <translation>магнитное склонение {value} — не число градусов от -180 до 180 (восточное положительное).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="163" />
        <source>leg {value} is magnetic but no declination is given: give DECLINATION, DECLINATION_FIELD, declination_deg on the leg, or the record's date.</source>
        <translation>сторона хода {value} задана магнитным азимутом, но склонение не задано: укажите DECLINATION, DECLINATION_FIELD, declination_deg у стороны или дату формуляра.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="166" />
        <source>the working CRS cannot be used for true or magnetic bearings ({value}).</source>
        <translation>рабочую систему координат нельзя использовать для истинных или магнитных азимутов ({value}).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="172" />
        <source>degrees</source>
        <translation>градусов</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="173" />
        <source>mils (6400)</source>
        <translation>тысячных (6400)</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="174" />
        <source>mils (6000)</source>
        <translation>тысячных (6000)</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="175" />
        <source>gon</source>
        <translation>гон</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="204" />
        <source>the record date {} is not a date.</source>
        <translation>дата формуляра {} — не дата.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="206" />
        <source>the record date {} cannot be read: write 1993-06-15 or 15.06.1993 (day.month.year), or 1993-06 for a month.</source>
        <translation>дату формуляра {} не удаётся прочитать: запишите 1993-06-15 или 15.06.1993 (день.месяц.год) либо 1993-06 для месяца.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="210" />
        <source>the record date {} reads as day/month and as month/day: write 1993-06-15 or 15.06.1993.</source>
        <translation>дату формуляра {} можно прочитать и как день/месяц, и как месяц/день: запишите 1993-06-15 или 15.06.1993.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="213" />
        <source>the record date {} is not a day of the calendar.</source>
        <translation>дата формуляра {}: такого дня нет в календаре.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="215" />
        <source>the record date {} is a year alone: give the month at least.</source>
        <translation>дата формуляра {} — только год: укажите хотя бы месяц.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="218" />
        <source>the record date {} has a two-digit year: write all four digits.</source>
        <translation>в дате формуляра {} год из двух цифр: запишите все четыре цифры.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="220" />
        <source>the record date {} is in the future.</source>
        <translation>дата формуляра {} — в будущем.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="222" />
        <source>the IGRF needs the Python package ppigrf, which is not installed: install it with Land Release ▸ Install Python Packages…, or give the declination printed on the record.</source>
        <translation>для IGRF нужен пакет Python ppigrf, который не установлен: установите его через «Высвобождение земель» ▸ «Установить пакеты Python…» или укажите склонение, напечатанное в формуляре.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="231" />
        <source>Record {}: {}</source>
        <translation>Формуляр {}: {}</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="242" />
        <source>Record {}: its record_id has {} characters; record_id holds {}: shorten it.</source>
        <translation>Формуляр {}: длина record_id — {} симв.; record_id вмещает {}: сократите его.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="246" />
        <source>Record {}: no START point has this record_id: the traverse has nowhere to begin.</source>
        <translation>Формуляр {}: ни у одной точки START нет этого record_id: ходу не от чего начаться.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="250" />
        <source>Record {}: {} START points have this record_id: keep only its first point (reference point or benchmark).</source>
        <translation>Формуляр {}: у {} точек START этот record_id: оставьте только его первую точку (ориентир или репер).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="254" />
        <source>Record {}: its START point has no geometry.</source>
        <translation>Формуляр {}: у его точки START нет геометрии.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="257" />
        <source>Record {}: its START geometry holds {} points: give one point per record.</source>
        <translation>Формуляр {}: его геометрия START содержит {} точек: укажите одну точку на формуляр.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="260" />
        <source>Record {}: a START point but no legs in LEGS.</source>
        <translation>Формуляр {}: точка START есть, но сторон хода в LEGS нет.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="273" />
        <source>Record {}: magnetic declination {:+.2f}° east, source {} ({}).</source>
        <translation>Формуляр {}: магнитное склонение {:+.2f}° (восточное — плюс), источник {} ({}).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="281" />
        <source>Record {}: not adjusted: no closing end leg (its last perimeter point, seq {}, is a {} point); the points are as recorded.</source>
        <translation>Формуляр {}: не уравнен: нет замыкающей стороны end (его последняя точка периметра, seq {}, имеет тип {}); точки оставлены как записаны.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="287" />
        <source>closes exactly</source>
        <translation>замыкается точно</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="292" />
        <source>Record {}: closure error {:.2f} m over {:.1f} m ({}).</source>
        <translation>Формуляр {}: невязка {:.2f} м на {:.1f} м ({}).</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="299" />
        <source>Record {}: closure error {:.2f} m over {:.1f} m ({}), beyond the tolerance of {:g} m.</source>
        <translation>Формуляр {}: невязка {:.2f} м на {:.1f} м ({}), больше допуска {:g} м.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="307" />
        <source>Record {}: the polygon crosses itself as recorded; it is written as is: check the legs.</source>
        <translation>Формуляр {}: полигон в том виде, как записан, пересекает сам себя; он записан как есть: проверьте стороны хода.</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="329" />
        <source>accuracy {:g} m</source>
        <translation>точность {:g} м</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="331" />
        <source>accuracy unknown</source>
        <translation>точность неизвестна</translation>
    </message>
    <message>
        <location filename="../processing/traverse_messages.py" line="334" />
        <source>{}: {} ({}) to {} ({}) by “{}”, {}.</source>
        <translation>{}: {} ({}) в {} ({}) преобразованием «{}», {}.</translation>
    </message>
</context>
<context>
    <name>TurningPointsDialog</name>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="179" />
        <source>from the date</source>
        <translation>по дате</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="207" />
        <source>North (N)</source>
        <translation>Северное (N)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="208" />
        <source>South (S)</source>
        <translation>Южное (S)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="213" />
        <source>Detect reads every form below; with a format chosen, a row in another one is refused. With Gauss–Krüger chosen, two bare numbers are X (north) then Y (east, with the zone).</source>
        <translation>«Автоопределение» читает все формы ниже; если выбран формат, строка в другом формате отклоняется. Если выбран Гаусс–Крюгер, два числа без обозначений — это X (на север), затем Y (на восток, с зоной).</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="309" />
        <location filename="../dialogs/turning_points/turning_points.ui" line="159" />
        <source>Hazard ID</source>
        <translation>ID опасной области</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="309" />
        <source>e.g. CHA-TAR-0001</source>
        <translation>напр., CHA-TAR-0001</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="309" />
        <location filename="../dialogs/turning_points/turning_points.ui" line="354" />
        <source>Save hazard</source>
        <translation>Сохранить опасную область</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="311" />
        <source>Release ID</source>
        <translation>ID высвобождения</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="312" />
        <source>optional: the dock's form has it</source>
        <translation>необязательно: есть в форме панели</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="313" />
        <source>Use for land release</source>
        <translation>Использовать для высвобождения земель</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="315" />
        <source>Record ID</source>
        <translation>ID формуляра</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="315" />
        <source>e.g. MFR-AGD-0017</source>
        <translation>напр., MFR-AGD-0017</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="315" />
        <source>Save minefield record</source>
        <translation>Сохранить формуляр минного поля</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="464" />
        <source>{} (not used: no magnetic bearings)</source>
        <translation>{} (не используется: нет магнитных азимутов)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="471" />
        <source>Not needed: no magnetic bearings.</source>
        <translation>Не требуется: нет магнитных азимутов.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="487" />
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="487" />
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="487" />
        <location filename="../dialogs/turning_points/table.py" line="145" />
        <source>Easting</source>
        <translation>Восточная координата</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="487" />
        <location filename="../dialogs/turning_points/table.py" line="146" />
        <source>Northing</source>
        <translation>Северная координата</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="491" />
        <source>Computed, in {}</source>
        <translation>Вычислено, в {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="494" />
        <source>Points computed in {}</source>
        <translation>Точки, вычисленные в {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="535" />
        <source>No land release database in the project: the points are only previewed.</source>
        <translation>В проекте нет базы данных высвобождения земель: точки только показываются для просмотра.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="538" />
        <source>The polygon is not complete or not valid yet.</source>
        <translation>Полигон ещё не завершён или недопустим.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="584" />
        <source>Import {}</source>
        <translation>импорт {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="593" />
        <source>{} rows read from {}.</source>
        <translation>Прочитано строк: {} из {}.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="597" />
        <source>Coordinates that cannot be read:</source>
        <translation>Координаты, которые не удаётся прочитать:</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="605" />
        <source>{} rows written to {}.</source>
        <translation>Записано строк: {} в {}.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="616" />
        <location filename="../dialogs/turning_points/dialog.py" line="624" />
        <source>Import points or legs</source>
        <translation>Импорт точек или сторон хода</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="616" />
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файлы CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="626" />
        <source>Replace the {} rows of the table by the file's? (Undo brings them back.)</source>
        <translation>Заменить строки таблицы ({}) строками из файла? (Кнопка «Отменить» вернёт их.)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="637" />
        <location filename="../dialogs/turning_points/dialog.py" line="639" />
        <source>Cannot read {}: {}</source>
        <translation>Не удаётся прочитать {}: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="643" />
        <source>Export the table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="643" />
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/dialog.py" line="653" />
        <source>Cannot write {}: {}</source>
        <translation>Не удаётся записать {}: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="44" />
        <source>Detect</source>
        <translation>Автоопределение</translation>
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
        <translation>Широта/долгота</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="48" />
        <source>Pulkovo 1942 / Gauss–Krüger</source>
        <translation>СК-42 (Гаусс–Крюгер)</translation>
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
MGRS: 38TNK 12345 12345 или 38TNK1234512345
Широта/долгота (сначала широта; десятичная точка или запятая):
  40.123456 46.654321 · 40,123456; 46,654321 · Lat 40.12 Lon 46.65
  40°07'24.4"N 46°39'15.6"E · 40-07-24.4N 46-39-15.6E · 400724N 0463916E
  4007.407N 04639.260E (NMEA) · 40°07'24" с.ш. 46°39'16" в.д.
СК-42 (Гаусс–Крюгер, советские карты): X=4430293 Y=8664944, Х=… У=…,
  СК-42 X=… Y=… (X — на север, Y — на восток, с номером зоны впереди)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="68" />
        <source>E</source>
        <translation>В</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="68" />
        <source>W</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="87" />
        <source>{} as typed (the value on the record)</source>
        <translation>{} как введено (значение из формуляра)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="88" />
        <source>{model} at point {point} on {date}: {value}</source>
        <translation>{model} в точке {point} на {date}: {value}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="95" />
        <source>(the record gives the month only: its 15th is used)</source>
        <translation>(в формуляре указан только месяц: взято 15-е число)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="102" />
        <source>Magnetic declination {} (entered: the value on the record)</source>
        <translation>Магнитное склонение {} (введено: значение из формуляра)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="105" />
        <source>Magnetic declination {} ({} at point {} on {})</source>
        <translation>Магнитное склонение {} ({} в точке {} на {})</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="115" />
        <source>No declination: give the record date, or type the value on the record.</source>
        <translation>Нет склонения: укажите дату формуляра или введите значение из формуляра.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="117" />
        <source>The IGRF value is taken at point 1: type its coordinate.</source>
        <translation>Значение IGRF берётся в точке 1: введите её координату.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="124" />
        <source>The record date {} cannot be read: write 1993-06-15 or 15.06.1993.</source>
        <translation>Дату формуляра {} не удаётся прочитать: запишите 1993-06-15 или 15.06.1993.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="126" />
        <source>The record date {} reads as day/month and as month/day: write 1993-06-15 or 15.06.1993.</source>
        <translation>Дату формуляра {} можно прочитать и как день/месяц, и как месяц/день: запишите 1993-06-15 или 15.06.1993.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="129" />
        <source>The record date {} is not a day of the calendar.</source>
        <translation>Дата формуляра {}: такого дня нет в календаре.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="130" />
        <source>The record date {} is a year alone: give the month at least.</source>
        <translation>Дата формуляра {} — только год: укажите хотя бы месяц.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="131" />
        <source>The record date {} has a two-digit year: write all four.</source>
        <translation>В дате формуляра {} год из двух цифр: запишите все четыре.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="132" />
        <source>The record date {} is after today.</source>
        <translation>Дата формуляра {} позже сегодняшнего дня.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="134" />
        <source>The IGRF covers 1900 to 2029 only ({}): type the declination printed on the record.</source>
        <translation>IGRF охватывает только 1900–2029 годы ({}): введите склонение, записанное в формуляре.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="137" />
        <source>The IGRF needs the Python package ppigrf, which is not installed: install it with Land Release ▸ Install Python Packages…, or type the declination printed on the record.</source>
        <translation>Для IGRF нужен пакет Python ppigrf, который не установлен: установите его через «Высвобождение земель» ▸ «Установить пакеты Python…» или введите склонение, напечатанное в формуляре.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="141" />
        <source>No IGRF value at the first point ({}).</source>
        <translation>Нет значения IGRF в первой точке ({}).</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="160" />
        <source>This is {} but the input format is {}: choose Detect or that format.</source>
        <translation>Это {}, а выбран формат ввода {}: выберите «Автоопределение» или этот формат.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="172" />
        <source>The bearing {} is out of range: {} go from 0 to less than {} (north is 0).</source>
        <translation>Азимут {} вне диапазона: {} — от 0 до значения меньше {} (север — 0).</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="175" />
        <location filename="../dialogs/turning_points/messages.py" line="241" />
        <source>Type the bearing.</source>
        <translation>Введите азимут.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="176" />
        <source>The bearing {} cannot be read in {}.</source>
        <translation>Азимут {} не удаётся прочитать (единица: {}).</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="179" />
        <source>The bearing is too long: write one bearing.</source>
        <translation>Азимут слишком длинный: запишите один азимут.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="180" />
        <source>A bearing cannot be negative: 0 is north, clockwise.</source>
        <translation>Азимут не может быть отрицательным: 0 — север, отсчёт по часовой стрелке.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="181" />
        <source>Only the last part of a bearing may have decimals.</source>
        <translation>Десятичные знаки допустимы только в последней части азимута.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="182" />
        <source>Minutes and seconds must be less than 60.</source>
        <translation>Минут и секунд должно быть меньше 60.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="183" />
        <source>Write degrees, minutes and seconds in that order: 45°30'36".</source>
        <translation>Пишите градусы, минуты и секунды в этом порядке: 45°30'36".</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="184" />
        <source>A quadrant bearing goes from 0 to 90°: N45E, S30°W.</source>
        <translation>Румб — от 0 до 90°: N45E, S30°W.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="186" />
        <source>12-50 is written in Soviet mils: choose the unit Mils (6000) or write the bearing in {}.</source>
        <translation>12-50 — запись в тысячных (6000): выберите единицу «Тысячные (6000)» или запишите азимут в единице «{}».</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="190" />
        <source>Soviet mils are hundreds, a hyphen and two digits: 12-50 is 1250, 0-75 is 75.</source>
        <translation>Тысячные (6000) записываются как сотни, дефис и две цифры: 12-50 — это 1250, 0-75 — 75.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="193" />
        <source>The bearing is written in degrees but the unit is {}: choose degrees or name the unit after it (45 deg).</source>
        <translation>Азимут записан в градусах, а выбрана единица «{}»: выберите градусы или укажите единицу после азимута (45 deg).</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="197" />
        <source>The bearing {} is ambiguous: a decimal or a thousands separator? Write it without the separator.</source>
        <translation>Азимут {} неоднозначен: десятичный разделитель или разделитель тысяч? Запишите его без разделителя.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="200" />
        <source>Type the distance.</source>
        <translation>Введите расстояние.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="201" />
        <source>The distance {} is not a number.</source>
        <translation>Расстояние {} — не число.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="202" />
        <source>The distance cannot be negative.</source>
        <translation>Расстояние не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="203" />
        <source>Unknown bearing unit {}: use deg, mil6400, mil6000 or gon.</source>
        <translation>Неизвестная единица азимута {}: используйте deg, mil6400, mil6000 или gon.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="206" />
        <source>Unknown north {}: use grid, true or magnetic.</source>
        <translation>Неизвестный север {}: используйте grid, true или magnetic.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="207" />
        <source>The declination must lie between -180 and 180°, east positive.</source>
        <translation>Склонение должно быть от -180 до 180°, восточное положительное.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="209" />
        <source>A magnetic bearing needs the declination: give the record date or type the value printed on the record.</source>
        <translation>Для магнитного азимута нужно склонение: укажите дату формуляра или введите значение, записанное в формуляре.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="212" />
        <source>True and magnetic bearings need a projected CRS that PROJ can read.</source>
        <translation>Для истинных и магнитных азимутов нужна проекционная система координат, которую может прочитать PROJ.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="214" />
        <source>A polygon needs at least 3 distinct perimeter points (start, turning, intermediate, end).</source>
        <translation>Полигону нужно не менее 3 различных точек периметра (start, turning, intermediate, end).</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="230" />
        <source>Not computed: it starts from row {}, which has an error.</source>
        <translation>Не вычислено: начинается от строки {}, в которой ошибка.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="234" />
        <source>Magnetic, but no declination: {}</source>
        <translation>Магнитный азимут, но нет склонения: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="236" />
        <source>The point cannot be placed in {}.</source>
        <translation>Точку невозможно разместить в {}.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="239" />
        <source>The first point must be a reference point, a benchmark or the start point.</source>
        <translation>Первая точка должна быть ориентиром, репером или начальной точкой.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="243" />
        <source>Type the coordinate of the first point (reference point, benchmark or start point).</source>
        <translation>Введите координату первой точки (ориентира, репера или начальной точки).</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="246" />
        <source>The first point must be a coordinate (reference point, benchmark or start point): the legs start from it.</source>
        <translation>Первая точка должна быть координатой (ориентир, репер или начальная точка): от неё начинаются стороны хода.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="257" />
        <source>Type the first point's coordinate, then each point as a coordinate or as bearing and distance from the previous one.</source>
        <translation>Введите координату первой точки, затем каждую точку координатой или азимутом и расстоянием от предыдущей.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="263" />
        <source>Row {}: {}</source>
        <translation>Строка {}: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="267" />
        <source>({} more rows cannot be computed.)</source>
        <translation>(Ещё строк, которые невозможно вычислить: {}.)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="279" />
        <source>the districts' extent plus {} km ({})</source>
        <translation>охват районов плюс {} км ({})</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="282" />
        <source>the area of use of the database's CRS ({})</source>
        <translation>область применения системы координат базы данных ({})</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="287" />
        <source>Outside the programme's area: {}.</source>
        <translation>Вне территории программы: {}.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="309" />
        <source>closed</source>
        <translation>замкнут</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="312" />
        <source>Closure error {error} m ({ratio}) — area {m2} m² ({ha} ha) — perimeter {perimeter} m</source>
        <translation>Невязка {error} м ({ratio}) — площадь {m2} м² ({ha} га) — периметр {perimeter} м</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="321" />
        <source>the end point closes onto the start</source>
        <translation>конечная точка замкнута на начальную</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="323" />
        <source>the sides cross: not a valid polygon</source>
        <translation>стороны пересекаются: полигон недопустим</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="325" />
        <source>above the {} m tolerance: check the legs</source>
        <translation>больше допуска {} м: проверьте стороны хода</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="329" />
        <source>rows {} lie outside the programme's area ({})</source>
        <translation>строки {} вне территории программы ({})</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="343" />
        <source>The file has neither a coordinate nor a bearing column: {}.</source>
        <translation>В файле нет ни столбца координат, ни столбца азимутов: {}.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="353" />
        <source>The file holds {} records; {} was read.</source>
        <translation>В файле формуляров: {}; прочитан {}.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="357" />
        <source>Unknown point type {}: read as a turning point.</source>
        <translation>Неизвестный тип точки {}: прочитана как поворотная точка.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="359" />
        <source>The file starts with a leg: type the coordinate of the point it starts from.</source>
        <translation>Файл начинается со стороны хода: введите координату точки, от которой она идёт.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/messages.py" line="365" />
        <source>Row {} ({}): {}</source>
        <translation>Строка {} ({}): {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="90" />
        <location filename="../dialogs/turning_points/table.py" line="141" />
        <location filename="../dialogs/turning_points/table.py" line="182" />
        <source>Coordinate</source>
        <translation>Координата</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="90" />
        <location filename="../dialogs/turning_points/table.py" line="142" />
        <location filename="../dialogs/turning_points/table.py" line="182" />
        <source>Bearing</source>
        <translation>Азимут</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="92" />
        <source>Change a point type</source>
        <translation>изменение типа точки</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="96" />
        <source>Change an entry</source>
        <translation>изменение способа ввода</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="165" />
        <location filename="../dialogs/turning_points/rows.py" line="262" />
        <source>Edit row {}</source>
        <translation>правка строки {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="183" />
        <source>Replace the rows</source>
        <translation>замена строк</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="192" />
        <source>Add a row</source>
        <translation>добавление строки</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="203" />
        <source>Insert a row</source>
        <translation>вставка строки</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="219" />
        <source>Delete rows</source>
        <translation>удаление строк</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="232" />
        <source>Move a row</source>
        <translation>перемещение строки</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="284" />
        <source>Clear cells</source>
        <translation>очистка ячеек</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/rows.py" line="305" />
        <source>Paste rows</source>
        <translation>вставка строк из буфера</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="50" />
        <source>{}: {} is not a whole number.</source>
        <translation>{}: {} — не целое число.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="52" />
        <source>{}: {} is not a number.</source>
        <translation>{}: {} — не число.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="56" />
        <source>{} cannot be negative.</source>
        <translation>{} не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="58" />
        <source>{}: {} is outside {} to {}.</source>
        <translation>{}: {} вне диапазона от {} до {}.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="76" />
        <source>Pulkovo 1942 ({}) to WGS 84 through {}{}</source>
        <translation>СК-42 ({}) в WGS 84 через {}{}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="148" />
        <source>Points outside the programme's area</source>
        <translation>Точки вне территории программы</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="150" />
        <source>Rows {} lie outside the programme's area, {}. A slip in a coordinate (a swapped latitude, a wrong zone) puts a point there. Save them anyway?</source>
        <translation>Строки {} лежат вне территории программы: {}. Именно туда точку уводит ошибка в координате (перепутанная широта, неверная зона). Всё равно сохранить их?</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="168" />
        <location filename="../dialogs/turning_points/saving.py" line="273" />
        <source>There is no land release database in the project.</source>
        <translation>В проекте нет базы данных высвобождения земель.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="171" />
        <location filename="../dialogs/turning_points/saving.py" line="239" />
        <location filename="../dialogs/turning_points/saving.py" line="304" />
        <source>The polygon is not complete.</source>
        <translation>Полигон не завершён.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="227" />
        <source>Typed as the coordinate {}: grid bearing and distance from the previous point in {}</source>
        <translation>Введено как координата {}: дирекционный угол и расстояние от предыдущей точки в {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="246" />
        <source>Record date written as {} (month only): the 15th is stored.</source>
        <translation>Дата формуляра записана как {} (только месяц): сохранено 15-е число.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="309" />
        <source>Nothing is waiting for the polygon: open the Turning points from the Record land release dock.</source>
        <translation>Полигон никто не ждёт: откройте диалог поворотных точек из панели регистрации высвобождения земель.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="316" />
        <source>Not used: correct the rows outside the area first.</source>
        <translation>Не использовано: сначала исправьте строки вне территории.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="329" />
        <source>Nothing saved: correct the rows outside the area first.</source>
        <translation>Ничего не сохранено: сначала исправьте строки вне территории.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="334" />
        <source>Minefield record {} saved with {} legs and {} survey points.</source>
        <translation>Формуляр минного поля {} сохранён: сторон хода — {}, точек обследования — {}.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="343" />
        <source>Hazard {} saved with {} survey points.</source>
        <translation>Опасная область {} сохранена с точками обследования: {}.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/saving.py" line="351" />
        <source>Land Release</source>
        <translation>Высвобождение земель</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="138" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="139" />
        <source>Point type</source>
        <translation>Тип точки</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="140" />
        <source>Entry</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="143" />
        <source>Distance (m)</source>
        <translation>Расстояние (м)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="144" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="147" />
        <source>X (north)</source>
        <translation>X (север)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="148" />
        <source>Y (east, with zone)</source>
        <translation>Y (восток, с зоной)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="149" />
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="155" />
        <source>As written on the sheet:</source>
        <translation>Как записано в документе:</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="157" />
        <source>From the previous point, in the unit and north chosen above: 45, 45.5, 45°30', N45E (degrees), 12-50 or 1250 (Soviet mils, 6000), 1333 (mils, 6400), 83.33 (gon). A bearing may name its own unit and north: 3400 mil6000 magnetic</source>
        <translation>От предыдущей точки, в единице и от севера, выбранных выше: 45, 45.5, 45°30', N45E (градусы), 12-50 или 1250 (тысячные, 6000), 1333 (тысячные, 6400), 83.33 (гоны). Азимут может указать свои единицу и север: 3400 mil6000 magnetic</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="162" />
        <source>Coordinate: the point as a coordinate. Bearing: the point by bearing and distance from the previous one.</source>
        <translation>Координата: точка задана координатой. Азимут: точка задана азимутом и расстоянием от предыдущей.</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="165" />
        <source>From the previous point, metres</source>
        <translation>От предыдущей точки, в метрах</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="166" />
        <source>Pulkovo 1942 / Gauss–Krüger X: northing, metres</source>
        <translation>X СК-42 (Гаусс–Крюгер): северная координата, метры</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="167" />
        <source>Pulkovo 1942 / Gauss–Krüger Y: easting, metres, zone number in front</source>
        <translation>Y СК-42 (Гаусс–Крюгер): восточная координата, метры, номер зоны впереди</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="168" />
        <source>OK and the format read, or why the row cannot be computed</source>
        <translation>OK и распознанный формат или почему строку невозможно вычислить</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="190" />
        <source>OK · MGRS · outside area</source>
        <translation>OK · MGRS · вне территории</translation>
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
        <translation>вне территории</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="226" />
        <source>Pulkovo 1942 / Gauss–Krüger zone {} ({}), read as {}</source>
        <translation>СК-42 (Гаусс–Крюгер), зона {} ({}), прочитано как {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="232" />
        <source>accuracy {} m</source>
        <translation>точность {} м</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="234" />
        <source>accuracy unknown</source>
        <translation>точность неизвестна</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="236" />
        <source>To WGS 84 through {} ({})</source>
        <translation>В WGS 84 через {} ({})</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="240" />
        <source>Grid azimuth {:.4f}°</source>
        <translation>Дирекционный угол {:.4f}°</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="254" />
        <source>Pulkovo 1942 / Gauss–Krüger: {}</source>
        <translation>СК-42 (Гаусс–Крюгер): {}</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/table.py" line="332" />
        <source>Not used: this point is given by bearing and distance</source>
        <translation>Не используется: эта точка задана азимутом и расстоянием</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="9" />
        <source>Turning points</source>
        <translation>Поворотные точки</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="17" />
        <source>Bearings and coordinates</source>
        <translation>Азимуты и координаты</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="22" />
        <source>Bearing unit</source>
        <translation>Единица азимута</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="29" />
        <source>Unit of the bearings typed in the table (a bearing may name its own: "3400 mil6000"); Soviet mils (6000) are written 12-50</source>
        <translation>Единица азимутов, введённых в таблицу (азимут может указать свою: "3400 mil6000"); тысячные (6000) записываются как 12-50</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="34" />
        <source>North</source>
        <translation>Север</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="40" />
        <source>Grid bearings are planar in the working CRS; true and magnetic bearings follow the ellipsoid</source>
        <translation>Дирекционные углы (сетка) плоские в рабочей системе координат; истинные и магнитные азимуты рассчитываются по эллипсоиду</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="45" />
        <source>Record date</source>
        <translation>Дата формуляра</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="51" />
        <source>The date of the record, as written on it: 1993-06-15, 15.06.1993 or a month (1993-06: the 15th is used). The magnetic declination of that date comes from the IGRF model</source>
        <translation>Дата формуляра, как в нём записано: 1993-06-15, 15.06.1993 или месяц (1993-06: берётся 15-е число). Магнитное склонение на эту дату берётся из модели IGRF</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="52" />
        <source>e.g. 15.06.1993</source>
        <translation>напр., 15.06.1993</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="57" />
        <source>Declination</source>
        <translation>Склонение</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="63" />
        <source>The magnetic declination printed on the record, degrees, east positive. Leave it at "from the date" to use the IGRF value at the first point on the record date</source>
        <translation>Магнитное склонение, записанное в формуляре, в градусах, восточное положительное. Оставьте «по дате», чтобы взять значение IGRF в первой точке на дату формуляра</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="85" />
        <source>Input format</source>
        <translation>Формат ввода</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="94" />
        <source>UTM zone</source>
        <translation>Зона UTM</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="100" />
        <source>Zone of UTM coordinates typed without one ("600000 4400000")</source>
        <translation>Зона координат UTM, введённых без неё ("600000 4400000")</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="101" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="108" />
        <source>Hemisphere</source>
        <translation>Полушарие</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="114" />
        <source>Hemisphere of UTM coordinates typed without one</source>
        <translation>Полушарие координат UTM, введённых без него</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="124" />
        <source>Show Gauss–Krüger X, Y</source>
        <translation>Показать X, Y Гаусса–Крюгера</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="125" />
        <source>Show the computed points also as Pulkovo 1942 / Gauss–Krüger X (north) and Y (east, with the zone number in front), as on Soviet maps</source>
        <translation>Показывать вычисленные точки также в координатах СК-42 (Гаусс–Крюгер): X (на север) и Y (на восток, с номером зоны впереди), как на советских картах</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="133" />
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="140" />
        <source>Hazard</source>
        <translation>Опасная область</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="146" />
        <source>Land release</source>
        <translation>Высвобождение земель</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="151" />
        <source>Minefield record</source>
        <translation>Формуляр минного поля</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="152" />
        <source>The record as typed: its minefield_record row, its traverse legs as entered and its survey points, the first of which landrelease:traverse takes as START</source>
        <translation>Формуляр в том виде, как введён: его строка minefield_record, стороны хода, как введены, и точки обследования, первую из которых landrelease:traverse берёт как START</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="168" />
        <source>Classification</source>
        <translation>Классификация</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="177" />
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="183" />
        <location filename="../dialogs/turning_points/turning_points.ui" line="183" />
        <location filename="../dialogs/turning_points/turning_points.ui" line="183" />
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="188" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="199" />
        <source>Side</source>
        <translation>Кем установлено</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="210" />
        <source>Mine types</source>
        <translation>Типы мин</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="216" />
        <source>e.g. PMN-2, TM-62M</source>
        <translation>напр., ПМН-2, ТМ-62М</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="221" />
        <source>Mines</source>
        <translation>Мины</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="227" />
        <source>number recorded</source>
        <translation>учтено по формуляру</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="232" />
        <source>Accuracy %</source>
        <translation>Точность, %</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="250" />
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="251" />
        <source>Add a row at the end (Enter in the last row does the same)</source>
        <translation>Добавить строку в конец (Enter в последней строке делает то же)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="257" />
        <source>Insert</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="258" />
        <source>Insert a row above the current one</source>
        <translation>Вставить строку над текущей</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="264" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="265" />
        <source>Delete the selected rows</source>
        <translation>Удалить выбранные строки</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="271" />
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="272" />
        <source>Move the selected rows up</source>
        <translation>Переместить выбранные строки вверх</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="278" />
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="279" />
        <source>Move the selected rows down</source>
        <translation>Переместить выбранные строки вниз</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="286" />
        <source>Undo the last change to the rows (Ctrl+Z)</source>
        <translation>Отменить последнее изменение строк (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="293" />
        <source>Redo the change undone (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>Повторить отменённое изменение (Ctrl+Shift+Z или Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="304" />
        <source>Zoom to points</source>
        <translation>Приблизить к точкам</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="310" />
        <source>Import CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="311" />
        <source>Read the points or legs from a CSV file (columns such as seq, point_type, coordinate, bearing, bearing_unit, north, distance_m, remarks)</source>
        <translation>Прочитать точки или стороны хода из файла CSV (столбцы seq, point_type, coordinate, bearing, bearing_unit, north, distance_m, remarks и т. п.)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="317" />
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="318" />
        <source>Write the table to a CSV file (UTF-8)</source>
        <translation>Записать таблицу в файл CSV (UTF-8)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="326" />
        <source>Type or paste the points: Enter goes to the next row (and adds one at the end); paste rows copied from a spreadsheet or a text (tab or semicolon separated: point type, coordinate or bearing and distance)</source>
        <translation>Введите или вставьте точки: Enter переходит к следующей строке (и добавляет новую в конце); вставляйте строки, скопированные из электронной таблицы или текста (через табуляцию или точку с запятой: тип точки, координата или азимут и расстояние)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="335" />
        <source>The closure error is the distance from the last perimeter point back to the start point; it is never hidden or adjusted</source>
        <translation>Невязка — расстояние от последней точки периметра до начальной точки; она никогда не скрывается и не уравнивается</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/turning_points.ui" line="360" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/undo.py" line="60" />
        <location filename="../dialogs/turning_points/undo.py" line="141" />
        <location filename="../dialogs/turning_points/turning_points.ui" line="285" />
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/undo.py" line="64" />
        <location filename="../dialogs/turning_points/undo.py" line="146" />
        <location filename="../dialogs/turning_points/turning_points.ui" line="292" />
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/undo.py" line="141" />
        <source>Undo: {} (Ctrl+Z)</source>
        <translation>Отменить: {} (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../dialogs/turning_points/undo.py" line="144" />
        <source>Redo: {} (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>Повторить: {} (Ctrl+Shift+Z или Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="20" />
        <source>Type the coordinate.</source>
        <translation>Введите координату.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="22" />
        <source>Not a coordinate: write UTM (38N 612345 4412345), MGRS (38TNK 12345 12345), degrees (40.5 46.5), DMS (40°07'24"N 46°39'15"E) or Gauss–Krüger (X=4430293 Y=8664944). The tooltip of the column lists every form.</source>
        <translation>Не координата: введите UTM (38N 612345 4412345), MGRS (38TNK 12345 12345), градусы (40.5 46.5), DMS (40°07'24"N 46°39'15"E) или координаты Гаусса–Крюгера (X=4430293 Y=8664944). Все формы перечислены в подсказке столбца.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="27" />
        <source>It reads more than one way: {}. Write the symbols, hemisphere letters or a ; between latitude and longitude so that it reads one way only.</source>
        <translation>Читается более чем одним способом: {}. Поставьте знаки градусов и минут, буквы полушарий или ; между широтой и долготой, чтобы запись читалась только одним способом.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="31" />
        <source>Decimal comma or two numbers? It reads {}. Separate latitude and longitude with a space or ;, or write decimal points.</source>
        <translation>Десятичная запятая или два числа? Читается как {}. Разделите широту и долготу пробелом или ; либо пишите десятичные точки.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="34" />
        <source>A hemisphere letter is ambiguous: write N, S, E or W.</source>
        <translation>Буква полушария неоднозначна: напишите N, S, E или W.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="35" />
        <source>The hemisphere letters do not match the numbers.</source>
        <translation>Буквы полушарий не соответствуют числам.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="36" />
        <source>Give a minus sign or a hemisphere letter, not both.</source>
        <translation>Укажите знак минус или букву полушария, но не то и другое.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="37" />
        <source>Only one number: the latitude or the longitude is missing.</source>
        <translation>Только одно число: не хватает широты или долготы.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="38" />
        <source>Degrees, minutes and seconds are not in order.</source>
        <translation>Градусы, минуты и секунды указаны не по порядку.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="39" />
        <source>The minutes must be less than 60.</source>
        <translation>Минут должно быть меньше 60.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="40" />
        <source>The seconds must be less than 60.</source>
        <translation>Секунд должно быть меньше 60.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="42" />
        <source>The latitude is outside -90 to 90° (the latitude comes first).</source>
        <translation>Широта вне диапазона от -90 до 90° (широта идёт первой).</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="44" />
        <source>The longitude is outside -180 to 180°.</source>
        <translation>Долгота вне диапазона от -180 до 180°.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="46" />
        <source>No UTM zone: write it first (38N 600000 4400000) or choose the zone above.</source>
        <translation>Нет зоны UTM: напишите её первой (38N 600000 4400000) или выберите зону выше.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="48" />
        <source>UTM zones go from 1 to 60.</source>
        <translation>Зоны UTM — от 1 до 60.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="49" />
        <source>After the zone write N or S (or the latitude band letter).</source>
        <translation>После зоны напишите N или S (или букву широтного пояса).</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="50" />
        <source>The easting must lie between 100000 and 900000 m.</source>
        <translation>Восточная координата (easting) должна быть от 100000 до 900000 м.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="51" />
        <source>The northing must lie between 0 and 10000000 m.</source>
        <translation>Северная координата (northing) должна быть от 0 до 10000000 м.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="53" />
        <source>The point is not in the latitude band written: check the band letter and the northing.</source>
        <translation>Точка не в указанном широтном поясе: проверьте букву пояса и северную координату.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="55" />
        <source>Polar coordinates (UPS) are not supported.</source>
        <translation>Полярные координаты (UPS) не поддерживаются.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="56" />
        <source>These MGRS letters do not exist here: check the 100 km square.</source>
        <translation>Таких букв MGRS здесь нет: проверьте 100-километровый квадрат.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="57" />
        <source>MGRS needs as many easting digits as northing digits (1 to 5).</source>
        <translation>В MGRS цифр восточной координаты должно быть столько же, сколько северной (от 1 до 5).</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="58" />
        <source>This precision cannot be written.</source>
        <translation>Такую точность записать невозможно.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="59" />
        <source>The text is too long for one coordinate.</source>
        <translation>Текст слишком длинный для одной координаты.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="60" />
        <source>Not a number (NaN or infinity).</source>
        <translation>Не число (NaN или бесконечность).</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="62" />
        <source>Compact and NMEA forms (400213N, 4002.22N) need their hemisphere letters.</source>
        <translation>Слитной записи и записи NMEA (400213N, 4002.22N) нужны буквы полушарий.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="65" />
        <source>This looks like Gauss–Krüger: write X= and Y= (X=4430293 Y=8664944), or choose Pulkovo 1942 / Gauss–Krüger as the input format.</source>
        <translation>Похоже на координаты Гаусса–Крюгера: напишите X= и Y= (X=4430293 Y=8664944) или выберите формат ввода «СК-42 (Гаусс–Крюгер)».</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="69" />
        <source>Gauss–Krüger Y needs the zone number in front (Y=8664944: zone 8): write the whole Y.</source>
        <translation>В Y Гаусса–Крюгера впереди нужен номер зоны (Y=8664944: зона 8): напишите Y полностью.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="71" />
        <source>Gauss–Krüger zones go from 4 to 32 (the first digits of Y).</source>
        <translation>Зоны Гаусса–Крюгера — от 4 до 32 (первые цифры Y).</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="72" />
        <source>This Gauss–Krüger X/Y lies outside its zone: check X and Y.</source>
        <translation>Эти X/Y Гаусса–Крюгера лежат вне своей зоны: проверьте X и Y.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="74" />
        <source>PROJ has no transformation from Pulkovo 1942 for this place: the point cannot be placed.</source>
        <translation>В PROJ нет преобразования из СК-42 для этого места: точку невозможно разместить.</translation>
    </message>
    <message>
        <location filename="../qgis_io/coordinate_messages.py" line="98" />
        <source> or </source>
        <translation> или </translation>
    </message>
</context>
</TS>