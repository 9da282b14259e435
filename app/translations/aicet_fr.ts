<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AnswerWidget</name>
    <message>
        <source>Tick every right answer.</source>
        <translation>Coche toutes les bonnes réponses.</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Choisis une seule réponse.</translation>
    </message>
    <message>
        <source>A.  True</source>
        <translation>A.  Vrai</translation>
    </message>
    <message>
        <source>B.  False</source>
        <translation>B.  Faux</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>True, or false?</source>
        <translation>Vrai ou faux&#xa0;?</translation>
    </message>
    <message>
        <source>Elements to put in order</source>
        <translation>Éléments à mettre dans l’ordre</translation>
    </message>
    <message>
        <source>Select an element, then move it up or down with the buttons or with Alt and the arrow keys.</source>
        <translation>Sélectionne un élément, puis monte-le ou descends-le avec les boutons, ou avec Alt et les flèches.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Flèche haut</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Flèche bas</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>Choose the answer that goes with this one.</source>
        <translation>Choisis la réponse qui va avec celle-ci.</translation>
    </message>
    <message>
        <source>Your answer (a number)</source>
        <translation>Ta réponse (un nombre)</translation>
    </message>
    <message>
        <source>Your answer (a word or a few words)</source>
        <translation>Ta réponse (un mot ou quelques mots)</translation>
    </message>
</context>
<context>
    <name>BankCatalog</name>
    <message>
        <source>the question bank %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question bank %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question bank %1 has changed since the sitting was created (content hash %2, expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankText</name>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: keys must be plain names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a non-empty text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must give a text per language (%2), not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the &quot;%2&quot; text is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework must be a mapping with &quot;dimensions&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework.dimensions must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dimension must be a mapping with id, name and competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension %1: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension %1: competencies must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a competency must be a mapping with id, name and level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competency id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competency %1: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competency level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competency &quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>levels must be a non-empty list, lowest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a level must be a mapping with id, name, description and from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level &quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1: description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first level starts at the bottom of the scale: remove &quot;from&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1: missing field &quot;from&quot; (its lowest theta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1: from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>levels must be listed lowest first: %1 starts at %2, not above the previous level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting.%1 must be above 0 and at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting.scale_mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.grid must be a mapping with lower, upper and nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.grid.lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.grid.upper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.grid.nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.range must be a mapping with lower and upper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.range.lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.range.upper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.prior must be a mapping with mean and sd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.prior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.prior.mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.prior.sd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test must be a mapping of test settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.min_items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.max_items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.se_target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.time_limit_minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.classification_confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.selection: unknown rule &quot;%1&quot; (mfi, bopt, mlwi or mpwi)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.%1: unknown estimator &quot;%2&quot; (ml, map, eap or wle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.start_theta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.randomesque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.sympson_hetter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.content_targets must map dimension ids to proportions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.content_targets: no dimension &quot;%1&quot;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.content_targets.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.pilot_positions must be a list of positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pilot position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank.yaml must be a mapping of bank settings, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1 is not known to this version of AICET (it reads format %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages must list at least one language code, such as fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as fr, en or pt-BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default_language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default_language &quot;%1&quot; is not one of the bank&apos;s languages (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose must be assessment or simulation, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irt must be a mapping with scaling_constant and parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irt.scaling_constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irt.scaling_constant must be above 0 (1 for the logistic metric, 1.702 for the normal-ogive one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irt.parameters must be provisional or calibrated, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themes must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a theme must be a mapping with id and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme %1: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of {id, text}, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs between %2 and %3 entries (has %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of %1 must be a mapping {id, text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: id &quot;%2&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer names %1 &quot;%2&quot;, which is not among %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shuffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scoring must be %1 or %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer must be the id of the right option, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer lists option &quot;%1&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every option is right: the item cannot tell pupils apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer must be the list of the right options&apos; ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order lists element &quot;%1&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order leaves out element &quot;%1&quot;: it must list every element once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer must list the element ids in the right order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer responses than premises: some responses must be used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer pairs premise &quot;%1&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>premise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer does not pair premise &quot;%1&quot;: every premise needs its response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer must map each premise id to its response id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tolerance must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short_text items list their answers under &quot;accepted&quot;, per language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted must map each language to a list of accepted answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted: the &quot;%1&quot; answers are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted (%1) needs at least one answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image must be a mapping with file and alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image.file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image (an alternative text is required for pupils who cannot see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image.alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irt must be a mapping such as {model: 2PL, a: 1.2, b: -0.5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irt.model &quot;%1&quot; is not one of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irt: the %1 model needs &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irt: &quot;%1&quot; is not a parameter of the %2 model%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (use 3PL for a guessing parameter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (use 4PL for an upper asymptote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irt: the %1 model needs &quot;b&quot;, the list of step parameters, one per score above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irt.b step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irt: a %1 item is scored right or wrong, but this item&apos;s scoring gives scores 0 to %2: use GPCM or GRM with %2 steps, or all-or-nothing scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irt: %1 with %2 steps gives scores 0 to %2, but this item&apos;s scoring gives scores 0 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irt: these parameters give almost no information anywhere (at most %1): the item adds nothing to a test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irt: a = %1 is unusually high; check the parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irt: the item&apos;s difficulty %1 lies far outside the usual range [-5, 5]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each item must be a mapping of fields, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is not one of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not one of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; is not defined in bank.yaml%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competency &quot;%1&quot; is not defined in bank.yaml%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competency &quot;%1&quot; belongs to dimension &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level &quot;%1&quot; differs from its competency&apos;s level &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme &quot;%1&quot; is not defined in bank.yaml%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themes must be a list of theme ids, such as [EDU, ECO]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enemies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposure (the Sympson-Hetter parameter) must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operational item needs IRT parameters (irt: {model: 2PL, a: ..., b: ...})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item file must be a mapping with the key &quot;items&quot;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items must be a list of items, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image &quot;%1&quot; must be a relative path inside the bank folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image &quot;%1&quot; is too large (%2 KiB; at most %3 KiB): old machines show it slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image &quot;%1&quot; is not a PNG, JPEG or SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image &quot;%1&quot;: its name ends in .%2 but it holds a %3 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item cannot be its own enemy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enemy &quot;%1&quot; is not an item of the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank has no operational item: nothing can be scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; has no operational item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test.content_targets: dimension &quot;%1&quot; has a target but no operational item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file too large (%1 bytes; at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such bank folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bank is a folder holding bank.yaml and items/, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: every bank folder has a bank.yaml (see question-banks/FORMAT.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many item files (more than %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: the items/ folder holds the bank&apos;s item files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: the id is already used at %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateRecords</name>
    <message>
        <source>no candidate with the code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatText</name>
    <message>
        <source>item &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test has already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item index %1 is not in the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &quot;%1&quot; was already given in this test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response %1 to item &quot;%2&quot; is not a category of that item (0 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulee %1 has no response to item &quot;%2&quot; in the replay matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulee %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the replay matrix has %1 candidates and %2 items; %3 candidates and %4 items were expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target exposure rate must be in (0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calibration needs at least one simulee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interim estimator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final estimator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the starting theta must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test length: need 0 &lt;= minimum &lt;= maximum and a maximum of at least 1 (got %1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard-error target must be a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time limit must be a non-negative number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the classification confidence must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the classification rule needs level cut scores in the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>randomesque needs k &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content targets: %1 given for %2 dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content targets must be non-negative proportions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content targets must not all be zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pilot positions are 1-based (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded item &quot;%1&quot; is not in the bank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialText</name>
    <message>
        <source>this is not an AICET certificate payload (it must start with AICET1 and have 10 fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind of document &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is damaged (it must be 64 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too large to be an AICET certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no AICET certificate payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>no session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 is not finished: nothing can be certified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 has no sitting or candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank of sitting %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank has no language &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate could not be recorded (%1); no document was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no public key given and no issuer key on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IoText</name>
    <message>
        <source>(further errors not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty file: expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header id,a,b,c,d[,domain]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must be id,a,b,c,d or id,a,b,c,d,domain (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate item id &quot;%1&quot; (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2 is not a number (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no items after the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header person,&lt;item id&gt;,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must be person followed by item ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: item &quot;%2&quot; is not in the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: item &quot;%2&quot; appears twice (first in column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person &quot;%1&quot;, item &quot;%2&quot;: &quot;%3&quot; is not a response category (0 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no persons after the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header such as sim_id,theta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected two columns: an id and theta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 2 fields, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theta is not a number (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no abilities after the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: file too large (%2 bytes; at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: binary data, not a CSV text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a quoted field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IrtText</name>
    <message>
        <source>the estimation range must have a lower bound below its upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the estimation range must lie within [-10, 10]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prior needs a finite mean and a positive standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quadrature grid must have a lower bound below its upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quadrature grid must lie within [-10, 10]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quadrature grid needs between 3 and 10001 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discrimination a must be a positive number (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scaling constant D must be a positive number (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difficulty b must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower asymptote c must be in [0, 1) (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper asymptote d must be greater than c and at most 1 (got d = %1, c = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a polytomous item needs at least one step parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a polytomous item may have at most %1 categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step parameter %1 must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graded-response boundaries must increase strictly (step %1 is not above step %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuerKey</name>
    <message>
        <source>%1: cannot read the issuer&apos;s key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 private key in PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an issuer key is already there; move it away first (certificates signed with it need its public key to be checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the issuer&apos;s key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create an Ed25519 key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key is not an Ed25519 public key in PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not match: the certificate was altered, or signed with another key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilSession</name>
    <message>
        <source>AICET cannot use its database (%1). Tell your teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not take the write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no test with the code &quot;%1&quot;. Check the code your teacher gave you.</source>
        <translation>Il n’existe aucun test avec le code «&#xa0;%1&#xa0;». Vérifie le code que ton professeur t’a donné.</translation>
    </message>
    <message>
        <source>The test &quot;%1&quot; is closed.</source>
        <translation>Le test «&#xa0;%1&#xa0;» est fermé.</translation>
    </message>
    <message>
        <source>The test &quot;%1&quot; has not opened yet; it opens at %2.</source>
        <translation>Le test «&#xa0;%1&#xa0;» n’est pas encore ouvert&#xa0;; il ouvrira le %2.</translation>
    </message>
    <message>
        <source>The time to start the test &quot;%1&quot; is over.</source>
        <translation>Le délai pour commencer le test «&#xa0;%1&#xa0;» est dépassé.</translation>
    </message>
    <message>
        <source>Please type your name too.</source>
        <translation>Tape aussi ton nom, s’il te plaît.</translation>
    </message>
    <message>
        <source>You have already finished this test.</source>
        <translation>Tu as déjà terminé ce test.</translation>
    </message>
    <message>
        <source>This test was stopped; ask your teacher.</source>
        <translation>Ce test a été arrêté&#xa0;; demande à ton professeur.</translation>
    </message>
    <message>
        <source>The question bank of this test has changed since the test was created (%1). Tell your teacher: the test must be created again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank of this test cannot be read (%1). Tell your teacher.</source>
        <translation>La banque de questions de ce test ne peut pas être lue (%1). Préviens ton professeur.</translation>
    </message>
    <message>
        <source>This test is already open in another AICET window (%1). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test has not started</source>
        <translation>le test n’a pas commencé</translation>
    </message>
    <message>
        <source>question %1 was already answered; answers cannot be changed once confirmed</source>
        <translation>la question %1 a déjà reçu une réponse&#xa0;; une réponse confirmée ne peut plus être modifiée</translation>
    </message>
    <message>
        <source>the test is over</source>
        <translation>le test est terminé</translation>
    </message>
    <message>
        <source>Your teacher has paused the test. Your answer was not recorded yet: confirm it again when the test goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not the current question (question %1 is &quot;%2&quot;)</source>
        <translation>ce n’est pas la question en cours (la question %1 est «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Your answer could not be saved (%1). It was not recorded: try again, or call your teacher.</source>
        <translation>Ta réponse n’a pas pu être enregistrée (%1). Elle n’a pas été prise en compte&#xa0;: réessaie ou appelle ton professeur.</translation>
    </message>
</context>
<context>
    <name>ReportsText</name>
    <message>
        <source>cannot draw the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the QR code cannot hold this payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>no sitting with the code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 refers to a sitting or candidate that is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFileText</name>
    <message>
        <source>%1 is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2 (nothing was written)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sittings</name>
    <message>
        <source>the code must be 3 to 32 letters, digits or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sitting must close after it opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers of questions, the precision target and the time limit cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra time is given as a candidate code and a number of minutes above 0, e.g. 4B-07=10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a parameters-only bank (purpose: simulation): it has no questions to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank has no language &quot;%1&quot; (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sitting with the code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practice bank cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice test</source>
        <translation>Test d’entraînement</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>no session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 reached the end of its test: there is nothing left to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 is %2: this cannot be done now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra time must be more than 0 and at most 1440 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1: %2 more minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the session is reopened (--reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra time must be between 0 and 1440 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the session is stopped (--reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 stopped; its confirmed answers are scored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source> The disk that holds it is full: free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed: install the Debian package libqt6sql6-psql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed: install the Debian package libqt6sql6-sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a PostgreSQL address such as postgresql://user@127.0.0.1/aicet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL at %1:%2/%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file that AICET did not create: it was left untouched. Remove it, or choose another database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database file (it was left untouched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a usable database (%2); it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s data, not an AICET database (it was left untouched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s integrity check failed (%2). It was left untouched: restore it from a backup, or ask for help to recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 is locked by another program (still busy after 5 s): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the tables: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the schema version: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of AICET (database schema %2; this version reads up to %3). Install the newer AICET; the database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record candidate &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate &quot;%1&quot; was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot erase the candidate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no candidate #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sitting with the code &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the sitting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change the sitting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sitting #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this test is already open in another AICET program on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the session in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this test is already open in another AICET program (on this computer or another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1 was already answered with another answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session is %1: &quot;%2&quot; cannot be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the event log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record in the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only SQLite databases can be limited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestRun</name>
    <message>
        <source>unknown selection rule &quot;%1&quot;</source>
        <translation>règle de sélection «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>the stored answers of this session do not fit its question bank (answer %1, item &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlText</name>
    <message>
        <source>a bank file holds one YAML document; remove the &apos;---&apos; separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many values in one file (more than %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchors (&amp;name) and aliases (*name) are not allowed in bank files; write the value out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file too large (%1 bytes; at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (a NUL byte at offset %1), not a YAML text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicet::cli</name>
    <message>
        <source>The bank folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the diagnostics as JSON, for tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a bank folder and prints every problem as file:line:column: error|warning: message. Exit status 0 when the bank is usable, 1 when it is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly one bank folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 items (%3 operational), %4 error(s), %5 warning(s): %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content hash: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the statistics as CSV rows table,key,value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate fixed-length tests of n items instead of the bank&apos;s default test settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulees per ability point of the curve (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the simulation (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items by dimension, competency, level, type, status and language, and the precision a test reaches along the ability scale with the bank&apos;s default test settings (by simulation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--simulees takes a whole number from 1 to 100000, --seed a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--length takes a whole number from 1 to 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank %1 version %2: %3

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items by dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items by competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items by progression level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items complete in each language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision along the ability scale: %1 simulees per point, %2 selection, %3 to %4 items%5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, SE target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  theta   bank info   test info   expected SE   mean SE   RMSE    bias    mean length
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
test info: information of the items given, at the true theta; expected SE = 1/sqrt(test info);
mean SE: the SE the test reports; RMSE and bias of the final estimate against the true theta.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a bank: every problem with its position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what a bank measures, and how precisely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session (the &quot;session&quot; column of results export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write (default certificate-&lt;id&gt;.pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fr or en (default: the sitting&apos;s, else the bank&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s private key (created on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority&apos;s logo (PNG, JPEG or SVG), printed at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the published verification page; the QR code then opens it with the payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues the certificate of a finished session (or a participation attestation when the result is not precise enough) as a signed PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--session takes a session number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable PNG, JPEG or SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1 written to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participation attestation %1 written to %2 (the result is not precise enough for a certificate)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate PDF, or its payload text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s public key (PEM); default: this computer&apos;s issuer key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a certificate&apos;s signature. Exit status 0 when valid, 1 when not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate PDF or its payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the public key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID %1 %2 for %3: level %4, score %5, on %6 (bank %7, %8)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>participation attestation</source>
        <translation>Attestation de participation</translation>
    </message>
    <message>
        <source>The issuer&apos;s private key whose public part the page holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or the issuer&apos;s public key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing authority&apos;s name, shown on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML file to write (default verify.html).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the static verification page to publish: one HTML file that checks certificates in the browser with the issuer&apos;s public key, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a public key in PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the verification page is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification page written to %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ed25519 private key in PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep it (default: this computer&apos;s issuer key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports the authority&apos;s existing issuer key, so that this computer signs with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer key imported to %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the public key (PEM) to this file instead of the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the issuer&apos;s public key (PEM), to publish for verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write (default report-&lt;session&gt;.pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fr or en (default fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a candidate&apos;s result report for evaluators: items, answers, explanations, the ability estimate after each item, time per item and focus losses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--session takes a session number, --language fr or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report written to %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a candidate&apos;s result report for evaluators (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue the certificate of a finished session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a certificate&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the static verification page to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the authority&apos;s issuer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the issuer&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: aicet-cli &lt;command&gt; [options]

Commands:
  bank       validate a bank folder, or show its statistics
  score      estimate the ability of each person in a response matrix
  simulate   run a simulation study of adaptive tests on a bank
  sitting    create, list or close sittings (planned tests)
  session    take a test as a simulated candidate (session run)
  results    export a sitting&apos;s results (results export)
  candidate  export or erase what is held about a candidate
  certificate issue, verify a certificate, or export the issuer&apos;s public key
  report     a candidate&apos;s result report for evaluators (report candidate)

Run &apos;aicet-cli &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aicet-cli: unknown command &quot;%1&quot;

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;aicet-cli %1 --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of theta for ML, MAP and WLE (default -4,4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrature grid of EAP and of the weighted selection rules: lower, upper, nodes (default -4,4,33).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal prior of MAP and EAP: mean and SD (default 0,1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When ML, MAP or WLE has no root in the range, return the bound as catR 3.17 does (AICET&apos;s own rule falls back to EAP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--range takes two numbers, lo,hi (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grid takes lo,hi,n with a whole number of nodes (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prior takes two numbers, mean,sd (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: a SQLite file, or postgresql://user@host[:port]/database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: aicet-cli %1 &lt;command&gt; [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;aicet-cli %1 &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aicet-cli %1: expected one of %2%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item bank: a parameter CSV id,a,b,c,d[,domain].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response matrix CSV: header person then item ids; one row per person; empty cell = not administered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml, map, eap or wle (default eap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates each person&apos;s ability; writes person,theta,se as CSV to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bank and --responses are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown estimator &quot;%1&quot; (ml, map, eap or wle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--content-targets takes dimension=proportion pairs separated by commas (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--content-targets: the bank has no dimension &quot;%1&quot; (it has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown selection rule &quot;%1&quot; (mfi, bopt, mlwi or mpwi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--length takes a whole number from 1 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-length takes a whole number no larger than the maximum length (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--randomesque takes a whole number from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start-theta takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--se-target takes a positive number (0 turns it off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level-cuts takes ascending numbers separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--classify takes a confidence level between 0 and 1, e.g. 0.95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pilot-positions takes positions separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item bank: a bank folder, or a parameter CSV id,a,b,c,d[,domain].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of simulees drawn from N(0,1) (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV of true abilities: id,theta per line, after a header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response matrix of every simulee to every item (header person then item ids): answers are taken from it instead of being drawn. Needs --true-theta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum number of scored items (default: the bank&apos;s, 30 for a CSV bank).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum number of scored items (default: the bank&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when the standard error reaches this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when the confidence interval at this level lies inside one level (needs --level-cuts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut scores on theta between reported levels, ascending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mfi, bopt, mlwi or mpwi (default: the bank&apos;s, mfi for a CSV bank).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimator during the test: ml, map, eap or wle (default: the bank&apos;s, eap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimator of the final result (default: as --estimator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theta at which the first item is chosen (default: the bank&apos;s, 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at random among the k best items (default: the bank&apos;s, 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sympson-Hetter exposure control: first compute the items&apos; parameters by simulation for this maximum exposure rate, then run the study with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kingsbury-Zara content balancing: target proportion per dimension, e.g. D1=0.25,D2=0.25,D3=0.25,D4=0.25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-based positions at which unscored pilot items are given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item ids never given (already seen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the first n simulees&apos; tests step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write per simulee sim_id,true_theta,theta_final,se_final,items to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation study of adaptive tests: bias, RMSE, test length, item exposure and speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bank is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--replay needs --true-theta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --simulees or --true-theta, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads and --seed take whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--simulees takes a whole number from 1 to 10000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N(0,1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: simulee &quot;%2&quot; of %3 has no row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--exposure-target takes a rate in (0, 1], e.g. 0.25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sympson-Hetter parameters: %1 after %2 rounds, maximum exposure %3 in calibration
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulee %1, true theta %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  step  item        response   theta      se
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  final: theta %1, SE %2, stopped by %3

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank: %1 (%2 items)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulees: %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: %1 selection, %2 during the test, %3 final, %4 to %5 items
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean test length: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean item exposure: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max item exposure: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop reasons: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulation time: %1 s (%2 candidates per second); whole command %3 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access code pupils will type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title shown to the teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum number of questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum number of questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when the standard error reaches this value (0: off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit in minutes (0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the questions (default: the pupil chooses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening time, ISO 8601 (e.g. 2026-12-01T08:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing time for starting the test, ISO 8601.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pupil their results at the end: yes or no (default yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the explanations of missed questions: yes or no (default yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask pupils for their name as well as their code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra time for some candidates, e.g. 4B-07=10,4B-12=15 (minutes added to the time limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a sitting: a planned test on a bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bank and --code are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--extra-time takes candidate=minutes pairs, e.g. 4B-07=10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--show-results and --show-explanations take yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes an ISO 8601 time such as 2026-12-01T08:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sitting %1 created on bank %2 (content hash %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the sittings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code                 state    bank        sessions finished  created
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(* practice sitting)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sitting&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes a sitting: no new session can start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code of the sitting to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sitting %1 closed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows where every session of a sitting stands: state, answers, times the test window was left, last activity, result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code of the sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session candidate            state      answers  left window  last activity         level
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate&apos;s name, when the sitting asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer as a simulated candidate of this ability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s seed when it is created; drives the simulated answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait this long before each answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the questions (default: the sitting&apos;s, else the bank&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes a test through the real session controller as a simulated candidate; prints &quot;ack &lt;position&gt; &lt;item&gt; &lt;response&gt;&quot; per acknowledged answer. Run again after an interruption: it resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sitting, --candidate and --simulate-theta are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--simulate-theta takes a number, --seed and --delay-ms whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session ended without a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished: theta %1, SE %2, level %3, %4 items, stopped by %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (recorded in the session&apos;s log and the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes added to the session&apos;s time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses a session: its clock stops, answers wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets a paused session go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives a session more time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopens a finished or stopped session so that the pupil can go on (a reason is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops a session under way; its confirmed answers are scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a session number (and --minutes to extend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the long table candidate,position,item,response,score instead (for calibration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file (whole or not at all) instead of the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports a sitting&apos;s results as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sitting is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erases a candidate&apos;s personal fields (name, group, code) and keeps their anonymous responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes everything held about a candidate as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the candidate&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate %1: name, group and code erased; %2 session(s) kept anonymously
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a sitting: a planned test on a bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the sittings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where every session of a sitting stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close a sitting to new sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a test as a simulated candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let a paused session go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a session more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen a finished or stopped session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop a session under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a sitting&apos;s results or responses as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write everything held about a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase a candidate&apos;s personal fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aicet-cli: the output could not be written (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicet::gui::EndPage</name>
    <message>
        <source>Back to the start</source>
        <translation>Retour à l’accueil</translation>
    </message>
</context>
<context>
    <name>aicet::gui::InstructionsPage</name>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>There are %1 questions.</source>
        <translation>Il y a %1 questions.</translation>
    </message>
    <message>
        <source>There are about %1 to %2 questions: the test adapts to your answers, so it may stop earlier.</source>
        <translation>Il y a environ %1 à %2 questions&#xa0;: le test s’adapte à tes réponses, il peut donc s’arrêter plus tôt.</translation>
    </message>
    <message>
        <source>You have %1 minutes. The time left is shown at the top; you are warned 5 minutes before the end.</source>
        <translation>Tu as %1 minutes. Le temps restant est affiché en haut&#xa0;; un message te prévient 5 minutes avant la fin.</translation>
    </message>
    <message>
        <source>Answer each question, then press &lt;b&gt;Confirm&lt;/b&gt; and &lt;b&gt;Yes, confirm&lt;/b&gt;. Once confirmed, an answer cannot be changed.</source>
        <translation>Réponds à chaque question, puis appuie sur &lt;b&gt;Confirmer&lt;/b&gt; et sur &lt;b&gt;Oui, confirmer&lt;/b&gt;. Une fois confirmée, une réponse ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>To answer with the keyboard: letters or numbers choose an option, Tab moves, the arrows and &lt;b&gt;Move up&lt;/b&gt; / &lt;b&gt;Move down&lt;/b&gt; (Alt+arrows) put elements in order, Enter confirms.</source>
        <translation>Pour répondre au clavier&#xa0;: une lettre ou un chiffre choisit une option, Tab passe d’un élément à l’autre, les flèches et &lt;b&gt;Monter&lt;/b&gt; / &lt;b&gt;Descendre&lt;/b&gt; (Alt+flèches) mettent les éléments dans l’ordre, Entrée confirme.</translation>
    </message>
    <message>
        <source>Ctrl + and Ctrl − change the text size. The buttons at the top give high contrast, an easier-to-read font and reading aloud.</source>
        <translation>Ctrl + et Ctrl − changent la taille du texte. Les boutons en haut proposent un contraste élevé, une police plus facile à lire et la lecture à voix haute.</translation>
    </message>
    <message>
        <source>The test fills the screen. If you leave it or switch to another window, it is noted for your teacher.</source>
        <translation>Le test s’affiche en plein écran. Si tu le quittes ou passes à une autre fenêtre, ton professeur en est informé.</translation>
    </message>
    <message>
        <source>If the computer stops, nothing is lost: start AICET again and type the same codes to continue where you were.</source>
        <translation>Si l’ordinateur s’arrête, rien n’est perdu&#xa0;: relance AICET et tape les mêmes codes pour reprendre là où tu en étais.</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Commencer</translation>
    </message>
</context>
<context>
    <name>aicet::gui::MainWindow</name>
    <message>
        <source>Quit the test?</source>
        <translation>Quitter le test&#xa0;?</translation>
    </message>
    <message>
        <source>Your confirmed answers are kept. To continue later, start AICET again and type the same codes.</source>
        <translation>Tes réponses confirmées sont conservées. Pour continuer plus tard, relance AICET et tape les mêmes codes.</translation>
    </message>
    <message>
        <source>AICET cannot open its database: %1</source>
        <translation>AICET ne peut pas ouvrir sa base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>AICET – AI competence test</source>
        <translation>AICET – test de compétences en IA</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl −)</source>
        <translation>Texte plus petit (Ctrl −)</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl +)</source>
        <translation>Texte plus grand (Ctrl +)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Easy-to-read font</source>
        <translation>Police facile à lire</translation>
    </message>
    <message>
        <source>You left the full-screen test. This was noted for your teacher; you can go on.</source>
        <translation>Tu as quitté le test en plein écran. Ton professeur en a été informé&#xa0;; tu peux continuer.</translation>
    </message>
    <message>
        <source>Welcome back! Your answers were kept; here is where you were.</source>
        <translation>Bon retour&#xa0;! Tes réponses ont été conservées&#xa0;; voici où tu en étais.</translation>
    </message>
    <message>
        <source>5 minutes left. Take your time: every confirmed answer counts.</source>
        <translation>Il reste 5 minutes. Prends ton temps&#xa0;: chaque réponse confirmée compte.</translation>
    </message>
    <message>
        <source>You left the test window. This was noted for your teacher; you can go on calmly.</source>
        <translation>Tu as quitté la fenêtre du test. Ton professeur en a été informé&#xa0;; tu peux continuer tranquillement.</translation>
    </message>
    <message>
        <source>No voice is installed on this computer for reading aloud.</source>
        <translation>Aucune voix n’est installée sur cet ordinateur pour la lecture à voix haute.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your answers have been saved. Your teacher will share your results with you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tes réponses ont été enregistrées. Ton professeur te communiquera tes résultats.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Thank you, the test is over!</source>
        <translation>Merci, le test est terminé&#xa0;!</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your level: %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ton niveau&#xa0;: %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Score %1 (between %2 and %3), from %4 questions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Score&#xa0;: %1 (entre %2 et %3), calculé sur %4 questions.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;By area&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Par domaine&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>not enough questions yet to say</source>
        <translation>pas encore assez de questions pour le dire</translation>
    </message>
    <message>
        <source>&lt;h3&gt;To learn more: the questions you missed&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Pour en apprendre plus&#xa0;: les questions que tu as manquées&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Well done, the test is over!</source>
        <translation>Bravo, le test est terminé&#xa0;!</translation>
    </message>
    <message>
        <source>Your teacher gave you more time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicet::gui::QuestionPage</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Question %1 of about %2–%3</source>
        <translation>Question %1 sur environ %2–%3</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <source>Reads the question and the answers aloud.</source>
        <translation>Lit la question et les réponses à voix haute.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Confirms your answer. You will be asked once more.</source>
        <translation>Confirme ta réponse. Une seconde confirmation te sera demandée.</translation>
    </message>
    <message>
        <source>Confirm this answer? You cannot change it afterwards.</source>
        <translation>Tu confirmes cette réponse&#xa0;? Tu ne pourras plus la modifier ensuite.</translation>
    </message>
    <message>
        <source>Yes, confirm</source>
        <translation>Oui, confirmer</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Non, revenir</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Temps restant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time left: %1 minutes</source>
        <translation>Temps restant&#xa0;: %1 minutes</translation>
    </message>
    <message>
        <source>Answer the question first.</source>
        <translation>Réponds d’abord à la question.</translation>
    </message>
    <message>
        <source>Your teacher has paused the test. The clock is stopped: wait, your answers are safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test goes on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aicet::gui::StartPage</name>
    <message>
        <source>AICET – AI competence test</source>
        <translation>AICET – test de compétences en IA</translation>
    </message>
    <message>
        <source>Welcome! This test shows what you know about artificial intelligence. Choose your language, then start.</source>
        <translation>Bienvenue&#xa0;! Ce test montre ce que tu sais sur l’intelligence artificielle. Choisis ta langue, puis commence.</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Take the practice test</source>
        <translation>Faire le test d’entraînement</translation>
    </message>
    <message>
        <source>A test to try AICET; your teacher does not need to give you a code.</source>
        <translation>Un test pour essayer AICET&#xa0;; ton professeur n’a pas besoin de te donner de code.</translation>
    </message>
    <message>
        <source>Your teacher gave you a code?</source>
        <translation>Ton professeur t’a donné un code&#xa0;?</translation>
    </message>
    <message>
        <source>Test &amp;code:</source>
        <translation>&amp;Code du test&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Your code:</source>
        <translation>&amp;Ton code&#xa0;:</translation>
    </message>
    <message>
        <source>Your &amp;name (if asked):</source>
        <translation>Ton &amp;nom (si demandé)&#xa0;:</translation>
    </message>
    <message>
        <source>Test code</source>
        <translation>Code du test</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>Ton code</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ton nom</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Commencer le test</translation>
    </message>
    <message>
        <source>Please type the test code and your code.</source>
        <translation>Tape le code du test et ton code, s’il te plaît.</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Vérifier un certificat</translation>
    </message>
</context>
<context>
    <name>aicet::gui::VerifyDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Vérifier un certificat</translation>
    </message>
    <message>
        <source>Paste the text printed under the certificate&apos;s QR code, or open the certificate PDF.</source>
        <translation>Colle le texte imprimé sous le code QR du certificat, ou ouvre le PDF du certificat.</translation>
    </message>
    <message>
        <source>Certificate text</source>
        <translation>Texte du certificat</translation>
    </message>
    <message>
        <source>this computer&apos;s issuer key</source>
        <translation>la clé d’émetteur de cet ordinateur</translation>
    </message>
    <message>
        <source>Public key of the issuer</source>
        <translation>Clé publique de l’émetteur</translation>
    </message>
    <message>
        <source>Issuer&apos;s public key (PEM):</source>
        <translation>Clé publique de l’émetteur (PEM)&#xa0;:</translation>
    </message>
    <message>
        <source>Open a PDF…</source>
        <translation>Ouvrir un PDF…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not authentic.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Non authentique.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>cannot read the public key %1</source>
        <translation>impossible de lire la clé publique %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Authentic %1.&lt;/b&gt;&lt;br&gt;Name: %2&lt;br&gt;Level: %3 — score %4&lt;br&gt;Date: %5&lt;br&gt;Number: %6&lt;br&gt;Bank: %7 (%8)</source>
        <translation>&lt;b&gt;%1 authentique.&lt;/b&gt;&lt;br&gt;Nom&#xa0;: %2&lt;br&gt;Niveau&#xa0;: %3 — score %4&lt;br&gt;Date&#xa0;: %5&lt;br&gt;Numéro&#xa0;: %6&lt;br&gt;Banque&#xa0;: %7 (%8)</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>participation attestation</source>
        <translation>Attestation de participation</translation>
    </message>
</context>
</TS>
