<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AnswerWidget</name>
    <message>
        <source>Tick every right answer.</source>
        <translation>Tick every right answer.</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Choose one answer.</translation>
    </message>
    <message>
        <source>A.  True</source>
        <translation>A.  True</translation>
    </message>
    <message>
        <source>B.  False</source>
        <translation>B.  False</translation>
    </message>
    <message>
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <source>False</source>
        <translation>False</translation>
    </message>
    <message>
        <source>True, or false?</source>
        <translation>True, or false?</translation>
    </message>
    <message>
        <source>Elements to put in order</source>
        <translation>Elements to put in order</translation>
    </message>
    <message>
        <source>Select an element, then move it up or down with the buttons or with Alt and the arrow keys.</source>
        <translation>Select an element, then move it up or down with the buttons or with Alt and the arrow keys.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Choose the answer that goes with this one.</source>
        <translation>Choose the answer that goes with this one.</translation>
    </message>
    <message>
        <source>Your answer (a number)</source>
        <translation>Your answer (a number)</translation>
    </message>
    <message>
        <source>Your answer (a word or a few words)</source>
        <translation>Your answer (a word or a few words)</translation>
    </message>
    <message>
        <source>Tick at least one answer, then confirm.</source>
        <translation>Tick at least one answer, then confirm.</translation>
    </message>
    <message>
        <source>Choose an answer, then confirm.</source>
        <translation>Choose an answer, then confirm.</translation>
    </message>
    <message>
        <source>Choose True or False, then confirm.</source>
        <translation>Choose True or False, then confirm.</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Choose an answer in every list (%n still to choose), then confirm.</source>
        <translation>
            <numerusform>Choose an answer in every list (%n still to choose), then confirm.</numerusform>
            <numerusform>Choose an answer in every list (%n still to choose), then confirm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a number, then confirm.</source>
        <translation>Type a number, then confirm.</translation>
    </message>
    <message>
        <source>Type your answer, then confirm.</source>
        <translation>Type your answer, then confirm.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Type a number, for example %2.</source>
        <translation>&quot;%1&quot; is not a number. Type a number, for example %2.</translation>
    </message>
</context>
<context>
    <name>BankCatalog</name>
    <message>
        <source>the question bank %1 cannot be read</source>
        <translation>the question bank %1 cannot be read</translation>
    </message>
    <message>
        <source>the question bank %1 cannot be used: %2</source>
        <translation>the question bank %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>the question bank %1 has changed since the sitting was created (content hash %2, expected %3)</source>
        <translation>the question bank %1 has changed since the sitting was created (content hash %2, expected %3)</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>the release kept in the database cannot be read again (content %1)</source>
        <translation>the release kept in the database cannot be read again (content %1)</translation>
    </message>
</context>
<context>
    <name>BankFileEdits</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: cannot be read: %4</source>
        <translation>%1:%2:%3: cannot be read: %4</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>%1: cannot be copied to check the bank</source>
        <translation>%1: cannot be copied to check the bank</translation>
    </message>
    <message>
        <source>%1: item &quot;%2&quot;: nothing to change</source>
        <translation>%1: item &quot;%2&quot;: nothing to change</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2</source>
        <translation>item &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3 has no value to change</source>
        <translation>%1:%2: %3 has no value to change</translation>
    </message>
    <message>
        <source>%1:%2: the end of %3 cannot be found</source>
        <translation>%1:%2: the end of %3 cannot be found</translation>
    </message>
    <message>
        <source>%1: there is no %2 to change</source>
        <translation>%1: there is no %2 to change</translation>
    </message>
    <message>
        <source>%1:%2: the end of the mapping holding %3 cannot be found</source>
        <translation>%1:%2: the end of the mapping holding %3 cannot be found</translation>
    </message>
    <message>
        <source>%1:%2: %3 cannot be changed in place here (the file would read differently); change it in an editor</source>
        <translation>%1:%2: %3 cannot be changed in place here (the file would read differently); change it in an editor</translation>
    </message>
    <message>
        <source>%1: more than 256 MiB of files: too large to check</source>
        <translation>%1: more than 256 MiB of files: too large to check</translation>
    </message>
    <message>
        <source>%1 was changed by another program since AICET read it: nothing written (read the bank again)</source>
        <translation>%1 was changed by another program since AICET read it: nothing written (read the bank again)</translation>
    </message>
    <message>
        <source>already replaced: %1</source>
        <translation>already replaced: %1</translation>
    </message>
    <message>
        <source>%1: %2 is not a list that can be changed here</source>
        <translation>%1: %2 is not a list that can be changed here</translation>
    </message>
    <message>
        <source>%1: %2 keeps at least one entry</source>
        <translation>%1: %2 keeps at least one entry</translation>
    </message>
    <message>
        <source>%1: %2 has no entry &quot;%3&quot;</source>
        <translation>%1: %2 has no entry &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1:%2: the entry &quot;%3&quot; of %4 does not start its line; remove it in an editor</source>
        <translation>%1:%2: the entry &quot;%3&quot; of %4 does not start its line; remove it in an editor</translation>
    </message>
</context>
<context>
    <name>BankReleases</name>
    <message>
        <source>%1: more than %2 files; a bank&apos;s release keeps at most that many</source>
        <translation>%1: more than %2 files; a bank&apos;s release keeps at most that many</translation>
    </message>
    <message>
        <source>%1: more than %2 MiB of files; a bank&apos;s release keeps at most that much</source>
        <translation>%1: more than %2 MiB of files; a bank&apos;s release keeps at most that much</translation>
    </message>
    <message>
        <source>a release&apos;s file has the path &quot;%1&quot;, outside its folder: refused</source>
        <translation>a release&apos;s file has the path &quot;%1&quot;, outside its folder: refused</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
    </message>
    <message>
        <source>the bank %1 has no folder to keep</source>
        <translation>the bank %1 has no folder to keep</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>the bank&apos;s folder %1 changed while its release was being kept: try again</source>
        <translation>the bank&apos;s folder %1 changed while its release was being kept: try again</translation>
    </message>
</context>
<context>
    <name>BankText</name>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (did you mean &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>%1: keys must be plain names</source>
        <translation>%1: keys must be plain names</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is given twice</source>
        <translation>%1: &quot;%2&quot; is given twice</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;%3</source>
        <translation>%1: unknown field &quot;%2&quot;%3</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>missing field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: missing field &quot;%2&quot;</source>
        <translation>%1: missing field &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be a non-empty text, not %2</source>
        <translation>%1 must be a non-empty text, not %2</translation>
    </message>
    <message>
        <source>an empty text</source>
        <translation>an empty text</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>%1 &quot;%2&quot; must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</translation>
    </message>
    <message>
        <source>%1 must be a number, not %2</source>
        <translation>%1 must be a number, not %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation>%1 must be a whole number, not %2</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4)</source>
        <translation>%1 must be between %2 and %3 (got %4)</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation>%1 must be true or false, not %2</translation>
    </message>
    <message>
        <source>%1 must give a text per language (%2), not %3</source>
        <translation>%1 must give a text per language (%2), not %3</translation>
    </message>
    <message>
        <source>%1 (%2) must be a non-empty text</source>
        <translation>%1 (%2) must be a non-empty text</translation>
    </message>
    <message>
        <source>%1: the &quot;%2&quot; text is missing</source>
        <translation>%1: the &quot;%2&quot; text is missing</translation>
    </message>
    <message>
        <source>%1 must be a list, not %2</source>
        <translation>%1 must be a list, not %2</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2</source>
        <translation>item &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>framework must be a mapping with &quot;dimensions&quot;</source>
        <translation>framework must be a mapping with &quot;dimensions&quot;</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>framework</translation>
    </message>
    <message>
        <source>framework.dimensions must be a non-empty list</source>
        <translation>framework.dimensions must be a non-empty list</translation>
    </message>
    <message>
        <source>a dimension must be a mapping with id, name and competencies</source>
        <translation>a dimension must be a mapping with id, name and competencies</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>dimension</translation>
    </message>
    <message>
        <source>dimension id</source>
        <translation>dimension id</translation>
    </message>
    <message>
        <source>dimension %1</source>
        <translation>dimension %1</translation>
    </message>
    <message>
        <source>dimension %1: name</source>
        <translation>dimension %1: name</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; is defined twice</source>
        <translation>dimension &quot;%1&quot; is defined twice</translation>
    </message>
    <message>
        <source>dimension %1: competencies must be a non-empty list</source>
        <translation>dimension %1: competencies must be a non-empty list</translation>
    </message>
    <message>
        <source>a competency must be a mapping with id, name and level</source>
        <translation>a competency must be a mapping with id, name and level</translation>
    </message>
    <message>
        <source>competency</source>
        <translation>competency</translation>
    </message>
    <message>
        <source>competency id</source>
        <translation>competency id</translation>
    </message>
    <message>
        <source>competency %1</source>
        <translation>competency %1</translation>
    </message>
    <message>
        <source>competency %1: name</source>
        <translation>competency %1: name</translation>
    </message>
    <message>
        <source>competency level</source>
        <translation>competency level</translation>
    </message>
    <message>
        <source>competency &quot;%1&quot; is defined twice</source>
        <translation>competency &quot;%1&quot; is defined twice</translation>
    </message>
    <message>
        <source>levels must be a non-empty list, lowest first</source>
        <translation>levels must be a non-empty list, lowest first</translation>
    </message>
    <message>
        <source>a level must be a mapping with id, name, description and from</source>
        <translation>a level must be a mapping with id, name, description and from</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>level id</source>
        <translation>level id</translation>
    </message>
    <message>
        <source>level &quot;%1&quot; is defined twice</source>
        <translation>level &quot;%1&quot; is defined twice</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>level %1</translation>
    </message>
    <message>
        <source>level %1: name</source>
        <translation>level %1: name</translation>
    </message>
    <message>
        <source>level %1: description</source>
        <translation>level %1: description</translation>
    </message>
    <message>
        <source>the first level starts at the bottom of the scale: remove &quot;from&quot;</source>
        <translation>the first level starts at the bottom of the scale: remove &quot;from&quot;</translation>
    </message>
    <message>
        <source>level %1: missing field &quot;from&quot; (its lowest theta)</source>
        <translation>level %1: missing field &quot;from&quot; (its lowest theta)</translation>
    </message>
    <message>
        <source>level %1: from</source>
        <translation>level %1: from</translation>
    </message>
    <message>
        <source>levels must be listed lowest first: %1 starts at %2, not above the previous level</source>
        <translation>levels must be listed lowest first: %1 starts at %2, not above the previous level</translation>
    </message>
    <message>
        <source>reporting must be a mapping</source>
        <translation>reporting must be a mapping</translation>
    </message>
    <message>
        <source>reporting</source>
        <translation>reporting</translation>
    </message>
    <message>
        <source>reporting.%1 must be above 0 and at most %2</source>
        <translation>reporting.%1 must be above 0 and at most %2</translation>
    </message>
    <message>
        <source>reporting.scale_mean</source>
        <translation>reporting.scale_mean</translation>
    </message>
    <message>
        <source>test.grid must be a mapping with lower, upper and nodes</source>
        <translation>test.grid must be a mapping with lower, upper and nodes</translation>
    </message>
    <message>
        <source>test.grid</source>
        <translation>test.grid</translation>
    </message>
    <message>
        <source>test.grid.lower</source>
        <translation>test.grid.lower</translation>
    </message>
    <message>
        <source>test.grid.upper</source>
        <translation>test.grid.upper</translation>
    </message>
    <message>
        <source>test.grid.nodes</source>
        <translation>test.grid.nodes</translation>
    </message>
    <message>
        <source>test.range must be a mapping with lower and upper</source>
        <translation>test.range must be a mapping with lower and upper</translation>
    </message>
    <message>
        <source>test.range</source>
        <translation>test.range</translation>
    </message>
    <message>
        <source>test.range.lower</source>
        <translation>test.range.lower</translation>
    </message>
    <message>
        <source>test.range.upper</source>
        <translation>test.range.upper</translation>
    </message>
    <message>
        <source>test.prior must be a mapping with mean and sd</source>
        <translation>test.prior must be a mapping with mean and sd</translation>
    </message>
    <message>
        <source>test.prior</source>
        <translation>test.prior</translation>
    </message>
    <message>
        <source>test.prior.mean</source>
        <translation>test.prior.mean</translation>
    </message>
    <message>
        <source>test.prior.sd</source>
        <translation>test.prior.sd</translation>
    </message>
    <message>
        <source>test must be a mapping of test settings</source>
        <translation>test must be a mapping of test settings</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>test.min_items</source>
        <translation>test.min_items</translation>
    </message>
    <message>
        <source>test.max_items</source>
        <translation>test.max_items</translation>
    </message>
    <message>
        <source>test.se_target</source>
        <translation>test.se_target</translation>
    </message>
    <message>
        <source>test.time_limit_minutes</source>
        <translation>test.time_limit_minutes</translation>
    </message>
    <message>
        <source>test.classification_confidence</source>
        <translation>test.classification_confidence</translation>
    </message>
    <message>
        <source>test.selection: unknown rule &quot;%1&quot; (mfi, bopt, mlwi or mpwi)%2</source>
        <translation>test.selection: unknown rule &quot;%1&quot; (mfi, bopt, mlwi or mpwi)%2</translation>
    </message>
    <message>
        <source>test.%1: unknown estimator &quot;%2&quot; (ml, map, eap or wle)</source>
        <translation>test.%1: unknown estimator &quot;%2&quot; (ml, map, eap or wle)</translation>
    </message>
    <message>
        <source>test.start_theta</source>
        <translation>test.start_theta</translation>
    </message>
    <message>
        <source>test.randomesque</source>
        <translation>test.randomesque</translation>
    </message>
    <message>
        <source>test.sympson_hetter</source>
        <translation>test.sympson_hetter</translation>
    </message>
    <message>
        <source>test.content_targets must map dimension ids to proportions</source>
        <translation>test.content_targets must map dimension ids to proportions</translation>
    </message>
    <message>
        <source>test.content_targets: no dimension &quot;%1&quot;%2</source>
        <translation>test.content_targets: no dimension &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>test.content_targets.%1</source>
        <translation>test.content_targets.%1</translation>
    </message>
    <message>
        <source>test.pilot_positions must be a list of positions</source>
        <translation>test.pilot_positions must be a list of positions</translation>
    </message>
    <message>
        <source>a pilot position</source>
        <translation>a pilot position</translation>
    </message>
    <message>
        <source>bank.yaml must be a mapping of bank settings, not %1</source>
        <translation>bank.yaml must be a mapping of bank settings, not %1</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>bank</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>format %1 is not known to this version of AICET (it reads format %2)</source>
        <translation>format %1 is not known to this version of AICET (it reads format %2)</translation>
    </message>
    <message>
        <source>bank id</source>
        <translation>bank id</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>languages</translation>
    </message>
    <message>
        <source>languages must list at least one language code, such as fr</source>
        <translation>languages must list at least one language code, such as fr</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as fr, en or pt-BR</source>
        <translation>&quot;%1&quot; is not a language code such as fr, en or pt-BR</translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is listed twice</source>
        <translation>language &quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>default_language</source>
        <translation>default_language</translation>
    </message>
    <message>
        <source>default_language &quot;%1&quot; is not one of the bank&apos;s languages (%2)</source>
        <translation>default_language &quot;%1&quot; is not one of the bank&apos;s languages (%2)</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>authority</translation>
    </message>
    <message>
        <source>purpose must be assessment or simulation, not &quot;%1&quot;</source>
        <translation>purpose must be assessment or simulation, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>irt must be a mapping with scaling_constant and parameters</source>
        <translation>irt must be a mapping with scaling_constant and parameters</translation>
    </message>
    <message>
        <source>irt</source>
        <translation>irt</translation>
    </message>
    <message>
        <source>irt.scaling_constant</source>
        <translation>irt.scaling_constant</translation>
    </message>
    <message>
        <source>irt.scaling_constant must be above 0 (1 for the logistic metric, 1.702 for the normal-ogive one)</source>
        <translation>irt.scaling_constant must be above 0 (1 for the logistic metric, 1.702 for the normal-ogive one)</translation>
    </message>
    <message>
        <source>irt.parameters must be provisional or calibrated, not &quot;%1&quot;</source>
        <translation>irt.parameters must be provisional or calibrated, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>themes must be a list</source>
        <translation>themes must be a list</translation>
    </message>
    <message>
        <source>a theme must be a mapping with id and name</source>
        <translation>a theme must be a mapping with id and name</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>theme id</source>
        <translation>theme id</translation>
    </message>
    <message>
        <source>theme %1</source>
        <translation>theme %1</translation>
    </message>
    <message>
        <source>theme %1: name</source>
        <translation>theme %1: name</translation>
    </message>
    <message>
        <source>%1 must be a list of {id, text}, not %2</source>
        <translation>%1 must be a list of {id, text}, not %2</translation>
    </message>
    <message>
        <source>%1 needs between %2 and %3 entries (has %4)</source>
        <translation>%1 needs between %2 and %3 entries (has %4)</translation>
    </message>
    <message>
        <source>each entry of %1 must be a mapping {id, text}</source>
        <translation>each entry of %1 must be a mapping {id, text}</translation>
    </message>
    <message>
        <source>%1 id</source>
        <translation>%1 id</translation>
    </message>
    <message>
        <source>%1: id &quot;%2&quot; is used twice</source>
        <translation>%1: id &quot;%2&quot; is used twice</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the answer names %1 &quot;%2&quot;, which is not among %3%4</source>
        <translation>the answer names %1 &quot;%2&quot;, which is not among %3%4</translation>
    </message>
    <message>
        <source>stem</source>
        <translation>stem</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>explanation</translation>
    </message>
    <message>
        <source>shuffle</source>
        <translation>shuffle</translation>
    </message>
    <message>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <source>answer must be the id of the right option, not %1</source>
        <translation>answer must be the id of the right option, not %1</translation>
    </message>
    <message>
        <source>the answer lists option &quot;%1&quot; twice</source>
        <translation>the answer lists option &quot;%1&quot; twice</translation>
    </message>
    <message>
        <source>every option is right: the item cannot tell pupils apart</source>
        <translation>every option is right: the item cannot tell pupils apart</translation>
    </message>
    <message>
        <source>answer must be the list of the right options&apos; ids</source>
        <translation>answer must be the list of the right options&apos; ids</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>the order lists element &quot;%1&quot; twice</source>
        <translation>the order lists element &quot;%1&quot; twice</translation>
    </message>
    <message>
        <source>element</source>
        <translation>element</translation>
    </message>
    <message>
        <source>the order leaves out element &quot;%1&quot;: it must list every element once</source>
        <translation>the order leaves out element &quot;%1&quot;: it must list every element once</translation>
    </message>
    <message>
        <source>answer must list the element ids in the right order</source>
        <translation>answer must list the element ids in the right order</translation>
    </message>
    <message>
        <source>fewer responses than premises: some responses must be used twice</source>
        <translation>fewer responses than premises: some responses must be used twice</translation>
    </message>
    <message>
        <source>the answer pairs premise &quot;%1&quot; twice</source>
        <translation>the answer pairs premise &quot;%1&quot; twice</translation>
    </message>
    <message>
        <source>premise</source>
        <translation>premise</translation>
    </message>
    <message>
        <source>response</source>
        <translation>response</translation>
    </message>
    <message>
        <source>the answer does not pair premise &quot;%1&quot;: every premise needs its response</source>
        <translation>the answer does not pair premise &quot;%1&quot;: every premise needs its response</translation>
    </message>
    <message>
        <source>answer must map each premise id to its response id</source>
        <translation>answer must map each premise id to its response id</translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation>tolerance</translation>
    </message>
    <message>
        <source>tolerance must not be negative</source>
        <translation>tolerance must not be negative</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>short_text items list their answers under &quot;accepted&quot;, per language</source>
        <translation>short_text items list their answers under &quot;accepted&quot;, per language</translation>
    </message>
    <message>
        <source>accepted must map each language to a list of accepted answers</source>
        <translation>accepted must map each language to a list of accepted answers</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>accepted: the &quot;%1&quot; answers are missing</source>
        <translation>accepted: the &quot;%1&quot; answers are missing</translation>
    </message>
    <message>
        <source>accepted (%1)</source>
        <translation>accepted (%1)</translation>
    </message>
    <message>
        <source>accepted (%1) needs at least one answer</source>
        <translation>accepted (%1) needs at least one answer</translation>
    </message>
    <message>
        <source>max_edits</source>
        <translation>max_edits</translation>
    </message>
    <message>
        <source>image must be a mapping with file and alt</source>
        <translation>image must be a mapping with file and alt</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>image.file</source>
        <translation>image.file</translation>
    </message>
    <message>
        <source>image (an alternative text is required for pupils who cannot see it)</source>
        <translation>image (an alternative text is required for pupils who cannot see it)</translation>
    </message>
    <message>
        <source>image.alt</source>
        <translation>image.alt</translation>
    </message>
    <message>
        <source>irt must be a mapping such as {model: 2PL, a: 1.2, b: -0.5}</source>
        <translation>irt must be a mapping such as {model: 2PL, a: 1.2, b: -0.5}</translation>
    </message>
    <message>
        <source>irt.model &quot;%1&quot; is not one of %2%3</source>
        <translation>irt.model &quot;%1&quot; is not one of %2%3</translation>
    </message>
    <message>
        <source>irt: the %1 model needs &quot;%2&quot;</source>
        <translation>irt: the %1 model needs &quot;%2&quot;</translation>
    </message>
    <message>
        <source>irt: &quot;%1&quot; is not a parameter of the %2 model%3</source>
        <translation>irt: &quot;%1&quot; is not a parameter of the %2 model%3</translation>
    </message>
    <message>
        <source> (use 3PL for a guessing parameter)</source>
        <translation> (use 3PL for a guessing parameter)</translation>
    </message>
    <message>
        <source> (use 4PL for an upper asymptote)</source>
        <translation> (use 4PL for an upper asymptote)</translation>
    </message>
    <message>
        <source>irt: the %1 model needs &quot;b&quot;, the list of step parameters, one per score above 0</source>
        <translation>irt: the %1 model needs &quot;b&quot;, the list of step parameters, one per score above 0</translation>
    </message>
    <message>
        <source>irt.b step</source>
        <translation>irt.b step</translation>
    </message>
    <message>
        <source>irt: %1</source>
        <translation>irt: %1</translation>
    </message>
    <message>
        <source>irt: a %1 item is scored right or wrong, but this item&apos;s scoring gives scores 0 to %2: use GPCM or GRM with %2 steps, or all-or-nothing scoring</source>
        <translation>irt: a %1 item is scored right or wrong, but this item&apos;s scoring gives scores 0 to %2: use GPCM or GRM with %2 steps, or all-or-nothing scoring</translation>
    </message>
    <message>
        <source>irt: %1 with %2 steps gives scores 0 to %2, but this item&apos;s scoring gives scores 0 to %3</source>
        <translation>irt: %1 with %2 steps gives scores 0 to %2, but this item&apos;s scoring gives scores 0 to %3</translation>
    </message>
    <message>
        <source>irt: these parameters give almost no information anywhere (at most %1): the item adds nothing to a test</source>
        <translation>irt: these parameters give almost no information anywhere (at most %1): the item adds nothing to a test</translation>
    </message>
    <message>
        <source>irt: a = %1 is unusually high; check the parameter</source>
        <translation>irt: a = %1 is unusually high; check the parameter</translation>
    </message>
    <message>
        <source>irt: the item&apos;s difficulty %1 lies far outside the usual range [-5, 5]</source>
        <translation>irt: the item&apos;s difficulty %1 lies far outside the usual range [-5, 5]</translation>
    </message>
    <message>
        <source>each item must be a mapping of fields, not %1</source>
        <translation>each item must be a mapping of fields, not %1</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>item id</source>
        <translation>item id</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is not one of %2%3</source>
        <translation>type &quot;%1&quot; is not one of %2%3</translation>
    </message>
    <message>
        <source>%1 item</source>
        <translation>%1 item</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not one of %2%3</source>
        <translation>status &quot;%1&quot; is not one of %2%3</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; is not defined in bank.yaml%2</source>
        <translation>dimension &quot;%1&quot; is not defined in bank.yaml%2</translation>
    </message>
    <message>
        <source>competency &quot;%1&quot; is not defined in bank.yaml%2</source>
        <translation>competency &quot;%1&quot; is not defined in bank.yaml%2</translation>
    </message>
    <message>
        <source>competency &quot;%1&quot; belongs to dimension &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>competency &quot;%1&quot; belongs to dimension &quot;%2&quot;, not &quot;%3&quot;</translation>
    </message>
    <message>
        <source>level &quot;%1&quot; differs from its competency&apos;s level &quot;%2&quot;</source>
        <translation>level &quot;%1&quot; differs from its competency&apos;s level &quot;%2&quot;</translation>
    </message>
    <message>
        <source>theme &quot;%1&quot; is not defined in bank.yaml%2</source>
        <translation>theme &quot;%1&quot; is not defined in bank.yaml%2</translation>
    </message>
    <message>
        <source>theme &quot;%1&quot; is listed twice</source>
        <translation>theme &quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>themes must be a list of theme ids, such as [EDU, ECO]</source>
        <translation>themes must be a list of theme ids, such as [EDU, ECO]</translation>
    </message>
    <message>
        <source>enemies</source>
        <translation>enemies</translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>exposure</translation>
    </message>
    <message>
        <source>exposure (the Sympson-Hetter parameter) must be between 0 and 1</source>
        <translation>exposure (the Sympson-Hetter parameter) must be between 0 and 1</translation>
    </message>
    <message>
        <source>an operational item needs IRT parameters (irt: {model: 2PL, a: ..., b: ...})</source>
        <translation>an operational item needs IRT parameters (irt: {model: 2PL, a: ..., b: ...})</translation>
    </message>
    <message>
        <source>an item file must be a mapping with the key &quot;items&quot;, not %1</source>
        <translation>an item file must be a mapping with the key &quot;items&quot;, not %1</translation>
    </message>
    <message>
        <source>item file</source>
        <translation>item file</translation>
    </message>
    <message>
        <source>items must be a list of items, not %1</source>
        <translation>items must be a list of items, not %1</translation>
    </message>
    <message>
        <source>the file has no items</source>
        <translation>the file has no items</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; must be a relative path inside the bank folder</source>
        <translation>image &quot;%1&quot; must be a relative path inside the bank folder</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; does not exist</source>
        <translation>image &quot;%1&quot; does not exist</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; is too large (%2 KiB; at most %3 KiB): old machines show it slowly</source>
        <translation>image &quot;%1&quot; is too large (%2 KiB; at most %3 KiB): old machines show it slowly</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; is not a PNG, JPEG or SVG image</source>
        <translation>image &quot;%1&quot; is not a PNG, JPEG or SVG image</translation>
    </message>
    <message>
        <source>image &quot;%1&quot;: its name ends in .%2 but it holds a %3 image</source>
        <translation>image &quot;%1&quot;: its name ends in .%2 but it holds a %3 image</translation>
    </message>
    <message>
        <source>an item cannot be its own enemy</source>
        <translation>an item cannot be its own enemy</translation>
    </message>
    <message>
        <source>enemy &quot;%1&quot; is not an item of the bank</source>
        <translation>enemy &quot;%1&quot; is not an item of the bank</translation>
    </message>
    <message>
        <source>the bank has no operational item: nothing can be scored</source>
        <translation>the bank has no operational item: nothing can be scored</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; has no operational item</source>
        <translation>dimension &quot;%1&quot; has no operational item</translation>
    </message>
    <message>
        <source>test: %1</source>
        <translation>test: %1</translation>
    </message>
    <message>
        <source>test.content_targets: dimension &quot;%1&quot; has a target but no operational item</source>
        <translation>test.content_targets: dimension &quot;%1&quot; has a target but no operational item</translation>
    </message>
    <message>
        <source>file too large (%1 bytes; at most %2)</source>
        <translation>file too large (%1 bytes; at most %2)</translation>
    </message>
    <message>
        <source>no such bank folder</source>
        <translation>no such bank folder</translation>
    </message>
    <message>
        <source>a bank is a folder holding bank.yaml and items/, not a file</source>
        <translation>a bank is a folder holding bank.yaml and items/, not a file</translation>
    </message>
    <message>
        <source>missing: every bank folder has a bank.yaml (see question-banks/FORMAT.md)</source>
        <translation>missing: every bank folder has a bank.yaml (see question-banks/FORMAT.md)</translation>
    </message>
    <message>
        <source>too many item files (more than %1)</source>
        <translation>too many item files (more than %1)</translation>
    </message>
    <message>
        <source>missing: the items/ folder holds the bank&apos;s item files</source>
        <translation>missing: the items/ folder holds the bank&apos;s item files</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: the id is already used at %2:%3</source>
        <translation>item &quot;%1&quot;: the id is already used at %2:%3</translation>
    </message>
    <message>
        <source>%1 must be in %2 (got %3)</source>
        <translation>%1 must be in %2 (got %3)</translation>
    </message>
    <message>
        <source>accepted (%1): an answer has %2 characters; at most %3</source>
        <translation>accepted (%1): an answer has %2 characters; at most %3</translation>
    </message>
    <message>
        <source>level %1: statement</source>
        <translation>level %1: statement</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>signatory</translation>
    </message>
    <message>
        <source>reporting.level_confidence</source>
        <translation>reporting.level_confidence</translation>
    </message>
    <message>
        <source>reporting.dimension_correlation</source>
        <translation>reporting.dimension_correlation</translation>
    </message>
    <message>
        <source>test.max_partial_credit</source>
        <translation>test.max_partial_credit</translation>
    </message>
    <message>
        <source>irt.guessing must be chance (what answering at random gives) or none, not &quot;%1&quot;</source>
        <translation>irt.guessing must be chance (what answering at random gives) or none, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>irt: a random answer is right %1% of the time, but the %2 model has no lower asymptote: use 3PL with c (from calibration), or irt.guessing: chance in bank.yaml for provisional parameters</source>
        <translation>irt: a random answer is right %1% of the time, but the %2 model has no lower asymptote: use 3PL with c (from calibration), or irt.guessing: chance in bank.yaml for provisional parameters</translation>
    </message>
    <message>
        <source>%1 must be a mapping</source>
        <translation>%1 must be a mapping</translation>
    </message>
    <message>
        <source>parameters must map item ids to Sympson-Hetter parameters in [0, 1]</source>
        <translation>parameters must map item ids to Sympson-Hetter parameters in [0, 1]</translation>
    </message>
    <message>
        <source>the exposure parameters were computed for another version of the bank: exposure control is off until they are computed again (aicet-cli bank exposure %1 --write)</source>
        <translation>the exposure parameters were computed for another version of the bank: exposure control is off until they are computed again (aicet-cli bank exposure %1 --write)</translation>
    </message>
    <message>
        <source>no item &quot;%1&quot; in the bank</source>
        <translation>no item &quot;%1&quot; in the bank</translation>
    </message>
    <message>
        <source>exposure parameter of %1</source>
        <translation>exposure parameter of %1</translation>
    </message>
    <message>
        <source> (the names that exist: %1)</source>
        <translation> (the names that exist: %1)</translation>
    </message>
    <message>
        <source>elements</source>
        <translation>elements</translation>
    </message>
    <message>
        <source>premises</source>
        <translation>premises</translation>
    </message>
    <message>
        <source>scoring must be %1, %2 or one_mistake, not &quot;%3&quot;</source>
        <translation>scoring must be %1, %2 or one_mistake, not &quot;%3&quot;</translation>
    </message>
    <message>
        <source>one_mistake needs at least 3 %1: with 2, one mistake is half the question</source>
        <translation>one_mistake needs at least 3 %1: with 2, one mistake is half the question</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; leads outside the bank folder (a link)</source>
        <translation>image &quot;%1&quot; leads outside the bank folder (a link)</translation>
    </message>
</context>
<context>
    <name>CalibrationText</name>
    <message>
        <source>%1 items described for a matrix of %2 columns</source>
        <translation>%1 items described for a matrix of %2 columns</translation>
    </message>
    <message>
        <source>column %1: %2 right and %3 wrong answers; an item needs both to be calibrated (fix it or leave it out)</source>
        <translation>column %1: %2 right and %3 wrong answers; an item needs both to be calibrated (fix it or leave it out)</translation>
    </message>
    <message>
        <source>the %1 model cannot be calibrated yet (1PL, 2PL, 3PL, GRM and GPCM can)</source>
        <translation>the %1 model cannot be calibrated yet (1PL, 2PL, 3PL, GRM and GPCM can)</translation>
    </message>
    <message>
        <source>column %1: a score of %2, above the anchor&apos;s highest (%3)</source>
        <translation>column %1: a score of %2, above the anchor&apos;s highest (%3)</translation>
    </message>
    <message>
        <source>column %1: nobody scored %2 of %3; a partial-credit item needs every score to be calibrated (merge the score or collect more answers)</source>
        <translation>column %1: nobody scored %2 of %3; a partial-credit item needs every score to be calibrated (merge the score or collect more answers)</translation>
    </message>
    <message>
        <source>column %1:</source>
        <translation>column %1:</translation>
    </message>
    <message>
        <source>column %1: a score of %2; at most 63 can be calibrated</source>
        <translation>column %1: a score of %2; at most 63 can be calibrated</translation>
    </message>
    <message>
        <source>column %1: every answer scored 0; a partial-credit item needs its scores to be calibrated</source>
        <translation>column %1: every answer scored 0; a partial-credit item needs its scores to be calibrated</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;:</source>
        <translation>item &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>no number of pupils to study</source>
        <translation>no number of pupils to study</translation>
    </message>
    <message>
        <source>a pilot needs at least one pupil (got %1)</source>
        <translation>a pilot needs at least one pupil (got %1)</translation>
    </message>
    <message>
        <source>the study needs at least one replication (got %1)</source>
        <translation>the study needs at least one replication (got %1)</translation>
    </message>
    <message>
        <source>the test has no pilot slot: give the positions at which pilot items are given</source>
        <translation>the test has no pilot slot: give the positions at which pilot items are given</translation>
    </message>
    <message>
        <source>the number of synthetic pilot items cannot be negative</source>
        <translation>the number of synthetic pilot items cannot be negative</translation>
    </message>
    <message>
        <source>the bank has no operational item with parameters to anchor the pilot items</source>
        <translation>the bank has no operational item with parameters to anchor the pilot items</translation>
    </message>
    <message>
        <source>the bank has no pilot item: ask for synthetic pilot items</source>
        <translation>the bank has no pilot item: ask for synthetic pilot items</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>column %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>CandidateRecords</name>
    <message>
        <source>no candidate with the code &quot;%1&quot;</source>
        <translation>no candidate with the code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the export could not be recorded in the audit log (%1): nothing was exported</source>
        <translation>the export could not be recorded in the audit log (%1): nothing was exported</translation>
    </message>
    <message>
        <source>no sitting with the code &quot;%1&quot;</source>
        <translation>no sitting with the code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no sitting</source>
        <translation>no sitting</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; belongs to %2 candidates, in the sittings %3: say which with --sitting</source>
        <translation>the code &quot;%1&quot; belongs to %2 candidates, in the sittings %3: say which with --sitting</translation>
    </message>
</context>
<context>
    <name>CatText</name>
    <message>
        <source>item &quot;%1&quot;: %2</source>
        <translation>item &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>answer %1: %2</source>
        <translation>answer %1: %2</translation>
    </message>
    <message>
        <source>the test has already finished</source>
        <translation>the test has already finished</translation>
    </message>
    <message>
        <source>item index %1 is not in the bank</source>
        <translation>item index %1 is not in the bank</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; was already given in this test</source>
        <translation>item &quot;%1&quot; was already given in this test</translation>
    </message>
    <message>
        <source>response %1 to item &quot;%2&quot; is not a category of that item (0 to %3)</source>
        <translation>response %1 to item &quot;%2&quot; is not a category of that item (0 to %3)</translation>
    </message>
    <message>
        <source>simulee %1 has no response to item &quot;%2&quot; in the replay matrix</source>
        <translation>simulee %1 has no response to item &quot;%2&quot; in the replay matrix</translation>
    </message>
    <message>
        <source>simulee %1: %2</source>
        <translation>simulee %1: %2</translation>
    </message>
    <message>
        <source>the replay matrix has %1 candidates and %2 items; %3 candidates and %4 items were expected</source>
        <translation>the replay matrix has %1 candidates and %2 items; %3 candidates and %4 items were expected</translation>
    </message>
    <message>
        <source>the target exposure rate must be in (0, 1]</source>
        <translation>the target exposure rate must be in (0, 1]</translation>
    </message>
    <message>
        <source>the calibration needs at least one simulee</source>
        <translation>the calibration needs at least one simulee</translation>
    </message>
    <message>
        <source>interim estimator: %1</source>
        <translation>interim estimator: %1</translation>
    </message>
    <message>
        <source>final estimator: %1</source>
        <translation>final estimator: %1</translation>
    </message>
    <message>
        <source>the starting theta must be a finite number</source>
        <translation>the starting theta must be a finite number</translation>
    </message>
    <message>
        <source>test length: need 0 &lt;= minimum &lt;= maximum and a maximum of at least 1 (got %1 to %2)</source>
        <translation>test length: need 0 &lt;= minimum &lt;= maximum and a maximum of at least 1 (got %1 to %2)</translation>
    </message>
    <message>
        <source>the standard-error target must be a non-negative number</source>
        <translation>the standard-error target must be a non-negative number</translation>
    </message>
    <message>
        <source>the time limit must be a non-negative number of seconds</source>
        <translation>the time limit must be a non-negative number of seconds</translation>
    </message>
    <message>
        <source>the classification confidence must be between 0 and 1</source>
        <translation>the classification confidence must be between 0 and 1</translation>
    </message>
    <message>
        <source>the classification rule needs level cut scores in the bank</source>
        <translation>the classification rule needs level cut scores in the bank</translation>
    </message>
    <message>
        <source>randomesque needs k &gt;= 1</source>
        <translation>randomesque needs k &gt;= 1</translation>
    </message>
    <message>
        <source>content targets: %1 given for %2 dimensions</source>
        <translation>content targets: %1 given for %2 dimensions</translation>
    </message>
    <message>
        <source>content targets must be non-negative proportions</source>
        <translation>content targets must be non-negative proportions</translation>
    </message>
    <message>
        <source>content targets must not all be zero</source>
        <translation>content targets must not all be zero</translation>
    </message>
    <message>
        <source>pilot positions are 1-based (got %1)</source>
        <translation>pilot positions are 1-based (got %1)</translation>
    </message>
    <message>
        <source>excluded item &quot;%1&quot; is not in the bank</source>
        <translation>excluded item &quot;%1&quot; is not in the bank</translation>
    </message>
    <message>
        <source>the limit of partial-credit items must be 0 (none) or more</source>
        <translation>the limit of partial-credit items must be 0 (none) or more</translation>
    </message>
</context>
<context>
    <name>ClassLists</name>
    <message>
        <source>the file is larger than 5 MB: is it a class list?</source>
        <translation>the file is larger than 5 MB: is it a class list?</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the first line should name the columns (last name, first name, class…), separated by commas or semicolons</source>
        <translation>the first line should name the columns (last name, first name, class…), separated by commas or semicolons</translation>
    </message>
    <message>
        <source>no last name</source>
        <translation>no last name</translation>
    </message>
    <message>
        <source>no first name</source>
        <translation>no first name</translation>
    </message>
    <message>
        <source>no class (choose one for the whole file)</source>
        <translation>no class (choose one for the whole file)</translation>
    </message>
    <message>
        <source>the same pupil appears earlier in the file</source>
        <translation>the same pupil appears earlier in the file</translation>
    </message>
    <message>
        <source>already in the class</source>
        <translation>already in the class</translation>
    </message>
    <message>
        <source>no free personal code was found</source>
        <translation>no free personal code was found</translation>
    </message>
    <message>
        <source>no class %1</source>
        <translation>no class %1</translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; belongs to another teacher</source>
        <translation>the class &quot;%1&quot; belongs to another teacher</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) added</source>
        <translation>
            <numerusform>%n pupil added</numerusform>
            <numerusform>%n pupils added</numerusform>
        </translation>
    </message>
    <message>
        <source>a pupil needs a last name and a first name</source>
        <translation>a pupil needs a last name and a first name</translation>
    </message>
    <message>
        <source>%1 %2 added, code %3</source>
        <translation>%1 %2 added, code %3</translation>
    </message>
    <message>
        <source>no such pupil</source>
        <translation>no such pupil</translation>
    </message>
    <message>
        <source>%1 %2 changed</source>
        <translation>%1 %2 changed</translation>
    </message>
    <message>
        <source>%1 %2 removed from %3</source>
        <translation>%1 %2 removed from %3</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n row(s) left out because of their problems</source>
        <translation>
            <numerusform>%1; %n row left out because of their problems</numerusform>
            <numerusform>%1; %n rows left out because of their problems</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: a quoted cell is not closed</source>
        <translation>line %1: a quoted cell is not closed</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>no such sitting among yours</source>
        <translation>no such sitting among yours</translation>
    </message>
    <message>
        <source>extra time must be between 0 and 1440 minutes</source>
        <translation>extra time must be between 0 and 1440 minutes</translation>
    </message>
    <message>
        <source>no pupil %1 in this sitting</source>
        <translation>no pupil %1 in this sitting</translation>
    </message>
    <message>
        <source>%1: %2 minutes of extra time when the test starts</source>
        <translation>%1: %2 minutes of extra time when the test starts</translation>
    </message>
    <message>
        <source>%1 has finished: the extra time counts only if the test is reopened (with that many minutes)</source>
        <translation>%1 has finished: the extra time counts only if the test is reopened (with that many minutes)</translation>
    </message>
    <message>
        <source>%1: extra time set to %2 minutes</source>
        <translation>%1: extra time set to %2 minutes</translation>
    </message>
    <message>
        <source>no such pupil in this sitting</source>
        <translation>no such pupil in this sitting</translation>
    </message>
    <message>
        <source>%1 has not started the test</source>
        <translation>%1 has not started the test</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CredentialText</name>
    <message>
        <source>this is not an AICET certificate payload (it must start with AICET1 and have 10 fields)</source>
        <translation>this is not an AICET certificate payload (it must start with AICET1 and have 10 fields)</translation>
    </message>
    <message>
        <source>unknown kind of document &quot;%1&quot;</source>
        <translation>unknown kind of document &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not a PDF file</source>
        <translation>%1 is not a PDF file</translation>
    </message>
    <message>
        <source>%1 holds no AICET certificate payload</source>
        <translation>%1 holds no AICET certificate payload</translation>
    </message>
    <message>
        <source>the signature is damaged (it must be 64 bytes in base64url, written one way)</source>
        <translation>the signature is damaged (it must be 64 bytes in base64url, written one way)</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>no session %1</source>
        <translation>no session %1</translation>
    </message>
    <message>
        <source>session %1 is not finished: nothing can be certified yet</source>
        <translation>session %1 is not finished: nothing can be certified yet</translation>
    </message>
    <message>
        <source>session %1 has no sitting or candidate</source>
        <translation>session %1 has no sitting or candidate</translation>
    </message>
    <message>
        <source>the bank of sitting %1 cannot be used: %2</source>
        <translation>the bank of sitting %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>the bank has no language &quot;%1&quot;</source>
        <translation>the bank has no language &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the certificate could not be recorded (%1); no document was issued</source>
        <translation>the certificate could not be recorded (%1); no document was issued</translation>
    </message>
    <message>
        <source>no public key given and no issuer key on this computer: %1</source>
        <translation>no public key given and no issuer key on this computer: %1</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file name (a certificate is never written over a file)</source>
        <translation>%1 exists already: choose another file name (a certificate is never written over a file)</translation>
    </message>
    <message>
        <source>session %1 earns no document: %2</source>
        <translation>session %1 earns no document: %2</translation>
    </message>
    <message>
        <source>replaced by %1 (the result, the name or the key changed)</source>
        <translation>replaced by %1 (the result, the name or the key changed)</translation>
    </message>
    <message>
        <source>it is a practice test, which earns no document</source>
        <translation>it is a practice test, which earns no document</translation>
    </message>
    <message>
        <source>no question was answered: there is nothing to attest</source>
        <translation>no question was answered: there is nothing to attest</translation>
    </message>
    <message>
        <source>the test did not finish normally (it was stopped)</source>
        <translation>the test did not finish normally (it was stopped)</translation>
    </message>
    <message>
        <source>%1 questions answered, fewer than the %2 the sitting requires</source>
        <translation>%1 questions answered, fewer than the %2 the sitting requires</translation>
    </message>
    <message>
        <source>the answers did not give a level</source>
        <translation>the answers did not give a level</translation>
    </message>
    <message>
        <source>the result is not precise enough (standard error %1, at most %2 for a certificate)</source>
        <translation>the result is not precise enough (standard error %1, at most %2 for a certificate)</translation>
    </message>
    <message>
        <source>the sitting collects names and this candidate has none</source>
        <translation>the sitting collects names and this candidate has none</translation>
    </message>
    <message>
        <source>number %1 is not in this database&apos;s register (issued elsewhere, or not by this authority)</source>
        <translation>number %1 is not in this database&apos;s register (issued elsewhere, or not by this authority)</translation>
    </message>
    <message>
        <source>document %1 was revoked on %2: %3</source>
        <translation>document %1 was revoked on %2: %3</translation>
    </message>
    <message>
        <source>number %1 is registered for another content: this is not the document issued</source>
        <translation>number %1 is registered for another content: this is not the document issued</translation>
    </message>
    <message>
        <source>registered: %1 issued on %2</source>
        <translation>registered: %1 issued on %2</translation>
    </message>
    <message>
        <source>say why the document is revoked (--reason)</source>
        <translation>say why the document is revoked (--reason)</translation>
    </message>
    <message>
        <source>document %1 revoked: %2</source>
        <translation>document %1 revoked: %2</translation>
    </message>
    <message>
        <source>%1: the printed document does not show what is signed: %2</source>
        <translation>%1: the printed document does not show what is signed: %2</translation>
    </message>
    <message>
        <source>no level is reached with enough certainty (probability %1%, at least %2% for a certificate)</source>
        <translation>no level is reached with enough certainty (probability %1%, at least %2% for a certificate)</translation>
    </message>
    <message>
        <source>the answers look like answers given at random</source>
        <translation>the answers look like answers given at random</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) came faster than the question can be read</source>
        <translation>
            <numerusform>%n answer came faster than the question can be read</numerusform>
            <numerusform>%n answers came faster than the question can be read</numerusform>
        </translation>
    </message>
    <message>
        <source>the result was computed by an earlier version of AICET, which neither checked the answers nor said how sure the level is</source>
        <translation>the result was computed by an earlier version of AICET, which neither checked the answers nor said how sure the level is</translation>
    </message>
</context>
<context>
    <name>IoText</name>
    <message>
        <source>(further errors not shown)</source>
        <translation>(further errors not shown)</translation>
    </message>
    <message>
        <source>%1: empty file: expected %2</source>
        <translation>%1: empty file: expected %2</translation>
    </message>
    <message>
        <source>the header id,a,b,c,d[,domain]</source>
        <translation>the header id,a,b,c,d[,domain]</translation>
    </message>
    <message>
        <source>the header must be id,a,b,c,d or id,a,b,c,d,domain (found %1)</source>
        <translation>the header must be id,a,b,c,d or id,a,b,c,d,domain (found %1)</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>expected %1 fields, found %2</translation>
    </message>
    <message>
        <source>the item id is empty</source>
        <translation>the item id is empty</translation>
    </message>
    <message>
        <source>duplicate item id &quot;%1&quot; (first on line %2)</source>
        <translation>duplicate item id &quot;%1&quot; (first on line %2)</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2 is not a number (&quot;%3&quot;)</source>
        <translation>item &quot;%1&quot;: %2 is not a number (&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2</source>
        <translation>item &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1: no items after the header</source>
        <translation>%1: no items after the header</translation>
    </message>
    <message>
        <source>a header person,&lt;item id&gt;,...</source>
        <translation>a header person,&lt;item id&gt;,...</translation>
    </message>
    <message>
        <source>the header must be person followed by item ids</source>
        <translation>the header must be person followed by item ids</translation>
    </message>
    <message>
        <source>column %1: item &quot;%2&quot; is not in the bank</source>
        <translation>column %1: item &quot;%2&quot; is not in the bank</translation>
    </message>
    <message>
        <source>column %1: item &quot;%2&quot; appears twice (first in column %3)</source>
        <translation>column %1: item &quot;%2&quot; appears twice (first in column %3)</translation>
    </message>
    <message>
        <source>person &quot;%1&quot;, item &quot;%2&quot;: &quot;%3&quot; is not a response category (0 to %4)</source>
        <translation>person &quot;%1&quot;, item &quot;%2&quot;: &quot;%3&quot; is not a response category (0 to %4)</translation>
    </message>
    <message>
        <source>%1: no persons after the header</source>
        <translation>%1: no persons after the header</translation>
    </message>
    <message>
        <source>a header such as sim_id,theta</source>
        <translation>a header such as sim_id,theta</translation>
    </message>
    <message>
        <source>expected two columns: an id and theta</source>
        <translation>expected two columns: an id and theta</translation>
    </message>
    <message>
        <source>expected 2 fields, found %1</source>
        <translation>expected 2 fields, found %1</translation>
    </message>
    <message>
        <source>theta is not a number (&quot;%1&quot;)</source>
        <translation>theta is not a number (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1: no abilities after the header</source>
        <translation>%1: no abilities after the header</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>%1: is a folder, not a CSV file</source>
        <translation>%1: is a folder, not a CSV file</translation>
    </message>
    <message>
        <source>%1: binary data, not a CSV text file</source>
        <translation>%1: binary data, not a CSV text file</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>unterminated quoted field</translation>
    </message>
    <message>
        <source>unexpected text after a quoted field</source>
        <translation>unexpected text after a quoted field</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a folder)</source>
        <translation>%1 is not a regular file (a device, a pipe or a folder)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 is larger than %2 MiB</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB</source>
        <translation>%1 is larger than %2 KiB</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 is larger than %2 bytes</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>not a readable zip archive: %1</source>
        <translation>not a readable zip archive: %1</translation>
    </message>
    <message>
        <source>the archive has %1 entries; at most %2 are read</source>
        <translation>the archive has %1 entries; at most %2 are read</translation>
    </message>
    <message>
        <source>entry %1 of the archive cannot be read</source>
        <translation>entry %1 of the archive cannot be read</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: a name that leads outside the package (absolute, &quot;..&quot;, a drive or a backslash) is refused</source>
        <translation>entry &quot;%1&quot;: a name that leads outside the package (absolute, &quot;..&quot;, a drive or a backslash) is refused</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; appears twice in the archive</source>
        <translation>entry &quot;%1&quot; appears twice in the archive</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is encrypted</source>
        <translation>entry &quot;%1&quot; is encrypted</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is too large: %2 MiB uncompressed; at most %3 MiB</source>
        <translation>entry &quot;%1&quot; is too large: %2 MiB uncompressed; at most %3 MiB</translation>
    </message>
    <message>
        <source>the archive holds more than %1 MiB once uncompressed: refused (a zip bomb?)</source>
        <translation>the archive holds more than %1 MiB once uncompressed: refused (a zip bomb?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the archive</source>
        <translation>&quot;%1&quot; is not in the archive</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read from the archive: %2</source>
        <translation>&quot;%1&quot; cannot be read from the archive: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged in the archive: %2</source>
        <translation>&quot;%1&quot; is damaged in the archive: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds more than %2 MiB once uncompressed: refused</source>
        <translation>&quot;%1&quot; holds more than %2 MiB once uncompressed: refused</translation>
    </message>
    <message>
        <source>cannot make a zip archive: %1</source>
        <translation>cannot make a zip archive: %1</translation>
    </message>
    <message>
        <source>cannot add &quot;%1&quot; to the zip archive: %2</source>
        <translation>cannot add &quot;%1&quot; to the zip archive: %2</translation>
    </message>
    <message>
        <source>cannot read the zip archive back: %1</source>
        <translation>cannot read the zip archive back: %1</translation>
    </message>
</context>
<context>
    <name>IrtText</name>
    <message>
        <source>the estimation range must have a lower bound below its upper bound</source>
        <translation>the estimation range must have a lower bound below its upper bound</translation>
    </message>
    <message>
        <source>the estimation range must lie within [-10, 10]</source>
        <translation>the estimation range must lie within [-10, 10]</translation>
    </message>
    <message>
        <source>the prior needs a finite mean and a positive standard deviation</source>
        <translation>the prior needs a finite mean and a positive standard deviation</translation>
    </message>
    <message>
        <source>the quadrature grid must have a lower bound below its upper bound</source>
        <translation>the quadrature grid must have a lower bound below its upper bound</translation>
    </message>
    <message>
        <source>the quadrature grid must lie within [-10, 10]</source>
        <translation>the quadrature grid must lie within [-10, 10]</translation>
    </message>
    <message>
        <source>the quadrature grid needs between 3 and 10001 nodes</source>
        <translation>the quadrature grid needs between 3 and 10001 nodes</translation>
    </message>
    <message>
        <source>discrimination a must be a positive number (got %1)</source>
        <translation>discrimination a must be a positive number (got %1)</translation>
    </message>
    <message>
        <source>scaling constant D must be a positive number (got %1)</source>
        <translation>scaling constant D must be a positive number (got %1)</translation>
    </message>
    <message>
        <source>difficulty b must be a finite number</source>
        <translation>difficulty b must be a finite number</translation>
    </message>
    <message>
        <source>lower asymptote c must be in [0, 1) (got %1)</source>
        <translation>lower asymptote c must be in [0, 1) (got %1)</translation>
    </message>
    <message>
        <source>upper asymptote d must be greater than c and at most 1 (got d = %1, c = %2)</source>
        <translation>upper asymptote d must be greater than c and at most 1 (got d = %1, c = %2)</translation>
    </message>
    <message>
        <source>a polytomous item needs at least one step parameter</source>
        <translation>a polytomous item needs at least one step parameter</translation>
    </message>
    <message>
        <source>a polytomous item may have at most %1 categories</source>
        <translation>a polytomous item may have at most %1 categories</translation>
    </message>
    <message>
        <source>step parameter %1 must be a finite number</source>
        <translation>step parameter %1 must be a finite number</translation>
    </message>
    <message>
        <source>graded-response boundaries must increase strictly (step %1 is not above step %2)</source>
        <translation>graded-response boundaries must increase strictly (step %1 is not above step %2)</translation>
    </message>
    <message>
        <source>a polytomous item needs one chance floor per step (%1 steps, %2 floors)</source>
        <translation>a polytomous item needs one chance floor per step (%1 steps, %2 floors)</translation>
    </message>
    <message>
        <source>chance floor %1 must be in [0, 1) and not above the one before it (got %2)</source>
        <translation>chance floor %1 must be in [0, 1) and not above the one before it (got %2)</translation>
    </message>
</context>
<context>
    <name>IssuerKey</name>
    <message>
        <source>%1 is not an Ed25519 private key in PEM</source>
        <translation>%1 is not an Ed25519 private key in PEM</translation>
    </message>
    <message>
        <source>%1: an issuer key is already there; move it away first (certificates signed with it need its public key to be checked)</source>
        <translation>%1: an issuer key is already there; move it away first (certificates signed with it need its public key to be checked)</translation>
    </message>
    <message>
        <source>cannot import %1</source>
        <translation>cannot import %1</translation>
    </message>
    <message>
        <source>%1: cannot write the issuer&apos;s key: %2</source>
        <translation>%1: cannot write the issuer&apos;s key: %2</translation>
    </message>
    <message>
        <source>cannot create an Ed25519 key: %1</source>
        <translation>cannot create an Ed25519 key: %1</translation>
    </message>
    <message>
        <source>cannot encode the key: %1</source>
        <translation>cannot encode the key: %1</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>cannot create the folder of %1</translation>
    </message>
    <message>
        <source>the public key is not an Ed25519 public key in PEM</source>
        <translation>the public key is not an Ed25519 public key in PEM</translation>
    </message>
    <message>
        <source>the signature does not match: the certificate was altered, or signed with another key</source>
        <translation>the signature does not match: the certificate was altered, or signed with another key</translation>
    </message>
    <message>
        <source>cannot read the issuer&apos;s key: %1</source>
        <translation>cannot read the issuer&apos;s key: %1</translation>
    </message>
    <message>
        <source>%1: an issuer key is already there; it is kept (certificates signed with it need its public key to be checked)</source>
        <translation>%1: an issuer key is already there; it is kept (certificates signed with it need its public key to be checked)</translation>
    </message>
    <message>
        <source>there is no issuer key at %1: create it once with &quot;aicet-cli certificate create-key&quot; (or import the authority&apos;s key with &quot;certificate import-key&quot;), then publish its public key</source>
        <translation>there is no issuer key at %1: create it once with &quot;aicet-cli certificate create-key&quot; (or import the authority&apos;s key with &quot;certificate import-key&quot;), then publish its public key</translation>
    </message>
    <message>
        <source>this is not an Ed25519 public key in PEM</source>
        <translation>this is not an Ed25519 public key in PEM</translation>
    </message>
</context>
<context>
    <name>PupilSession</name>
    <message>
        <source>AICET cannot use its database (%1). Tell your teacher.</source>
        <translation>AICET cannot use its database (%1). Tell your teacher.</translation>
    </message>
    <message>
        <source>it did not take the write</source>
        <translation>it did not take the write</translation>
    </message>
    <message>
        <source>There is no test with the code &quot;%1&quot;. Check the code your teacher gave you.</source>
        <translation>There is no test with the code &quot;%1&quot;. Check the code your teacher gave you.</translation>
    </message>
    <message>
        <source>The test &quot;%1&quot; is closed.</source>
        <translation>The test &quot;%1&quot; is closed.</translation>
    </message>
    <message>
        <source>The test &quot;%1&quot; has not opened yet; it opens at %2.</source>
        <translation>The test &quot;%1&quot; has not opened yet; it opens at %2.</translation>
    </message>
    <message>
        <source>The time to start the test &quot;%1&quot; is over.</source>
        <translation>The time to start the test &quot;%1&quot; is over.</translation>
    </message>
    <message>
        <source>Please type your name too.</source>
        <translation>Please type your name too.</translation>
    </message>
    <message>
        <source>You have already finished this test.</source>
        <translation>You have already finished this test.</translation>
    </message>
    <message>
        <source>This test was stopped; ask your teacher.</source>
        <translation>This test was stopped; ask your teacher.</translation>
    </message>
    <message>
        <source>The question bank of this test has changed since the test was created (%1). Tell your teacher: the test must be created again.</source>
        <translation>The question bank of this test has changed since the test was created (%1). Tell your teacher: the test must be created again.</translation>
    </message>
    <message>
        <source>The question bank of this test cannot be read (%1). Tell your teacher.</source>
        <translation>The question bank of this test cannot be read (%1). Tell your teacher.</translation>
    </message>
    <message>
        <source>This test is already open in another AICET window (%1). Close it there first.</source>
        <translation>This test is already open in another AICET window (%1). Close it there first.</translation>
    </message>
    <message>
        <source>the test has not started</source>
        <translation>the test has not started</translation>
    </message>
    <message>
        <source>question %1 was already answered; answers cannot be changed once confirmed</source>
        <translation>question %1 was already answered; answers cannot be changed once confirmed</translation>
    </message>
    <message>
        <source>the test is over</source>
        <translation>the test is over</translation>
    </message>
    <message>
        <source>Your teacher has paused the test. Your answer was not recorded yet: confirm it again when the test goes on.</source>
        <translation>Your teacher has paused the test. Your answer was not recorded yet: confirm it again when the test goes on.</translation>
    </message>
    <message>
        <source>this is not the current question (question %1 is &quot;%2&quot;)</source>
        <translation>this is not the current question (question %1 is &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Your answer could not be saved (%1). It was not recorded: try again, or call your teacher.</source>
        <translation>Your answer could not be saved (%1). It was not recorded: try again, or call your teacher.</translation>
    </message>
    <message>
        <source>This test has already begun in another window or on another computer. To continue it here, ask your teacher to allow it. If these are not your codes, check them.</source>
        <translation>This test has already begun in another window or on another computer. To continue it here, ask your teacher to allow it. If these are not your codes, check them.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is not on the list of this test. Check the code on your slip, or ask your teacher.</source>
        <translation>The code &quot;%1&quot; is not on the list of this test. Check the code on your slip, or ask your teacher.</translation>
    </message>
</context>
<context>
    <name>QtiText</name>
    <message>
        <source>bank %1 holds IRT parameters only: it has no questions to export</source>
        <translation>bank %1 holds IRT parameters only: it has no questions to export</translation>
    </message>
    <message>
        <source>bank %1 has no language &quot;%2&quot; (its languages: %3)</source>
        <translation>bank %1 has no language &quot;%2&quot; (its languages: %3)</translation>
    </message>
    <message>
        <source>bank %1 has no item &quot;%2&quot;</source>
        <translation>bank %1 has no item &quot;%2&quot;</translation>
    </message>
    <message>
        <source>bank %1 has no items to export</source>
        <translation>bank %1 has no items to export</translation>
    </message>
    <message>
        <source>item %1: two QTI files would be named %2; rename the item</source>
        <translation>item %1: two QTI files would be named %2; rename the item</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>item %1: %2</translation>
    </message>
    <message>
        <source>item %1: image %2 cannot be put in the package</source>
        <translation>item %1: image %2 cannot be put in the package</translation>
    </message>
    <message>
        <source>a DOCTYPE is not allowed (QTI needs none)</source>
        <translation>a DOCTYPE is not allowed (QTI needs none)</translation>
    </message>
    <message>
        <source>the entity &amp;%1; is not allowed</source>
        <translation>the entity &amp;%1; is not allowed</translation>
    </message>
    <message>
        <source>too many or too deeply nested elements (at most %1, %2 deep)</source>
        <translation>too many or too deeply nested elements (at most %1, %2 deep)</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>not well-formed XML: %1</translation>
    </message>
    <message>
        <source>no XML element</source>
        <translation>no XML element</translation>
    </message>
    <message>
        <source>unknown IRT model &quot;%1&quot;</source>
        <translation>unknown IRT model &quot;%1&quot;</translation>
    </message>
    <message>
        <source>IRT parameter %1 is not a number</source>
        <translation>IRT parameter %1 is not a number</translation>
    </message>
    <message>
        <source>IRT step &quot;%1&quot; is not a number</source>
        <translation>IRT step &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>the response processing template %1 has no AICET equivalent</source>
        <translation>the response processing template %1 has no AICET equivalent</translation>
    </message>
    <message>
        <source>the response processing is in another file (%1), which is not read</source>
        <translation>the response processing is in another file (%1), which is not read</translation>
    </message>
    <message>
        <source>custom response processing: &lt;%1&gt; has no AICET equivalent</source>
        <translation>custom response processing: &lt;%1&gt; has no AICET equivalent</translation>
    </message>
    <message>
        <source>custom response processing: it uses %1, not the interaction&apos;s response %2</source>
        <translation>custom response processing: it uses %1, not the interaction&apos;s response %2</translation>
    </message>
    <message>
        <source>the tolerance &quot;%1&quot; is not understood</source>
        <translation>the tolerance &quot;%1&quot; is not understood</translation>
    </message>
    <message>
        <source>a tolerance that excludes its bounds has no AICET equivalent</source>
        <translation>a tolerance that excludes its bounds has no AICET equivalent</translation>
    </message>
    <message>
        <source>custom response processing: it reads %1, not only the interaction&apos;s response</source>
        <translation>custom response processing: it reads %1, not only the interaction&apos;s response</translation>
    </message>
    <message>
        <source>custom response processing that combines several scoring rules</source>
        <translation>custom response processing that combines several scoring rules</translation>
    </message>
    <message>
        <source>the response processing gives no score from the response</source>
        <translation>the response processing gives no score from the response</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>another picture (%1)</source>
        <translation>another picture (%1)</translation>
    </message>
    <message>
        <source>a MathML formula</source>
        <translation>a MathML formula</translation>
    </message>
    <message>
        <source>an embedded object (%1)</source>
        <translation>an embedded object (%1)</translation>
    </message>
    <message>
        <source>a rubric block for %1</source>
        <translation>a rubric block for %1</translation>
    </message>
    <message>
        <source>choice %1 shows a picture; AICET&apos;s choices are text</source>
        <translation>choice %1 shows a picture; AICET&apos;s choices are text</translation>
    </message>
    <message>
        <source>choice %1 has no text</source>
        <translation>choice %1 has no text</translation>
    </message>
    <message>
        <source>no correct response: the key is made of the answers the mapping rewards</source>
        <translation>no correct response: the key is made of the answers the mapping rewards</translation>
    </message>
    <message>
        <source>the item gives no correct response (qti-correct-response), so it cannot be scored</source>
        <translation>the item gives no correct response (qti-correct-response), so it cannot be scored</translation>
    </message>
    <message>
        <source>a choice response of base type %1 (identifier expected)</source>
        <translation>a choice response of base type %1 (identifier expected)</translation>
    </message>
    <message>
        <source>a single choice with several right answers</source>
        <translation>a single choice with several right answers</translation>
    </message>
    <message>
        <source>the correct response %1 is not one of the choices</source>
        <translation>the correct response %1 is not one of the choices</translation>
    </message>
    <message>
        <source>%1 choices; AICET&apos;s single choice has 2 to %2</source>
        <translation>%1 choices; AICET&apos;s single choice has 2 to %2</translation>
    </message>
    <message>
        <source>the mapping&apos;s scores are replaced by right or wrong</source>
        <translation>the mapping&apos;s scores are replaced by right or wrong</translation>
    </message>
    <message>
        <source>%1 choices; AICET&apos;s multiple response has 3 to %2</source>
        <translation>%1 choices; AICET&apos;s multiple response has 3 to %2</translation>
    </message>
    <message>
        <source>the mapping&apos;s scores differ from AICET&apos;s partial credit (right ticks minus wrong ones): scored all or nothing</source>
        <translation>the mapping&apos;s scores differ from AICET&apos;s partial credit (right ticks minus wrong ones): scored all or nothing</translation>
    </message>
    <message>
        <source>a choice response of cardinality %1</source>
        <translation>a choice response of cardinality %1</translation>
    </message>
    <message>
        <source>an order response must be ordered identifiers</source>
        <translation>an order response must be ordered identifiers</translation>
    </message>
    <message>
        <source>an order scored by a mapping has no AICET equivalent</source>
        <translation>an order scored by a mapping has no AICET equivalent</translation>
    </message>
    <message>
        <source>the item gives no correct order (qti-correct-response)</source>
        <translation>the item gives no correct order (qti-correct-response)</translation>
    </message>
    <message>
        <source>the correct order leaves out %1; AICET orders every element</source>
        <translation>the correct order leaves out %1; AICET orders every element</translation>
    </message>
    <message>
        <source>the correct order names %1, which is not an element</source>
        <translation>the correct order names %1, which is not an element</translation>
    </message>
    <message>
        <source>the correct order names an element twice</source>
        <translation>the correct order names an element twice</translation>
    </message>
    <message>
        <source>%1 elements; AICET&apos;s ordering has 2 to %2</source>
        <translation>%1 elements; AICET&apos;s ordering has 2 to %2</translation>
    </message>
    <message>
        <source>a match interaction needs two sets of choices</source>
        <translation>a match interaction needs two sets of choices</translation>
    </message>
    <message>
        <source>a match response of base type %1 (directedPair expected)</source>
        <translation>a match response of base type %1 (directedPair expected)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pair</source>
        <translation>&quot;%1&quot; is not a pair</translation>
    </message>
    <message>
        <source>the pair &quot;%1&quot; does not join the first set to the second</source>
        <translation>the pair &quot;%1&quot; does not join the first set to the second</translation>
    </message>
    <message>
        <source>%1 has several right partners; AICET pairs each premise with one response</source>
        <translation>%1 has several right partners; AICET pairs each premise with one response</translation>
    </message>
    <message>
        <source>%1 has no right partner; AICET pairs every premise</source>
        <translation>%1 has no right partner; AICET pairs every premise</translation>
    </message>
    <message>
        <source>AICET&apos;s matching has 2 to %1 premises and 2 to %1 responses</source>
        <translation>AICET&apos;s matching has 2 to %1 premises and 2 to %1 responses</translation>
    </message>
    <message>
        <source>the mapping&apos;s scores differ from AICET&apos;s partial credit (one point per right pair): scored all or nothing</source>
        <translation>the mapping&apos;s scores differ from AICET&apos;s partial credit (one point per right pair): scored all or nothing</translation>
    </message>
    <message>
        <source>a text entry with cardinality %1 (single expected)</source>
        <translation>a text entry with cardinality %1 (single expected)</translation>
    </message>
    <message>
        <source>no correct response: the key is the best-scored value %1</source>
        <translation>no correct response: the key is the best-scored value %1</translation>
    </message>
    <message>
        <source>the item gives no correct number (qti-correct-response)</source>
        <translation>the item gives no correct number (qti-correct-response)</translation>
    </message>
    <message>
        <source>the correct response &quot;%1&quot; is not a number</source>
        <translation>the correct response &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>the tolerance -%1/+%2 is not symmetric: AICET uses ±%3</source>
        <translation>the tolerance -%1/+%2 is not symmetric: AICET uses ±%3</translation>
    </message>
    <message>
        <source>the relative tolerance of %1% becomes the absolute tolerance %2</source>
        <translation>the relative tolerance of %1% becomes the absolute tolerance %2</translation>
    </message>
    <message>
        <source>only the best-scored number is kept as the answer</source>
        <translation>only the best-scored number is kept as the answer</translation>
    </message>
    <message>
        <source>a text compared as a number</source>
        <translation>a text compared as a number</translation>
    </message>
    <message>
        <source>an accepted answer longer than %1 characters is left out</source>
        <translation>an accepted answer longer than %1 characters is left out</translation>
    </message>
    <message>
        <source>the item gives no accepted answer (qti-correct-response or qti-mapping)</source>
        <translation>the item gives no accepted answer (qti-correct-response or qti-mapping)</translation>
    </message>
    <message>
        <source>the answers were case-sensitive; AICET ignores case and accents</source>
        <translation>the answers were case-sensitive; AICET ignores case and accents</translation>
    </message>
    <message>
        <source>a text entry of base type %1 (string, float or integer expected)</source>
        <translation>a text entry of base type %1 (string, float or integer expected)</translation>
    </message>
    <message>
        <source>a QTI 2 item (assessmentItem); only QTI 3.0 (qti-assessment-item) is read</source>
        <translation>a QTI 2 item (assessmentItem); only QTI 3.0 (qti-assessment-item) is read</translation>
    </message>
    <message>
        <source>&lt;%1&gt; in namespace %2 is not a QTI 3.0 qti-assessment-item</source>
        <translation>&lt;%1&gt; in namespace %2 is not a QTI 3.0 qti-assessment-item</translation>
    </message>
    <message>
        <source>an adaptive item (several attempts with changing content)</source>
        <translation>an adaptive item (several attempts with changing content)</translation>
    </message>
    <message>
        <source>template variables (%1): AICET&apos;s items are fixed</source>
        <translation>template variables (%1): AICET&apos;s items are fixed</translation>
    </message>
    <message>
        <source>a shared stimulus (%1), which is not imported</source>
        <translation>a shared stimulus (%1), which is not imported</translation>
    </message>
    <message>
        <source>&lt;%1&gt; left out</source>
        <translation>&lt;%1&gt; left out</translation>
    </message>
    <message>
        <source>no qti-item-body</source>
        <translation>no qti-item-body</translation>
    </message>
    <message>
        <source>an open answer needs a person to score it</source>
        <translation>an open answer needs a person to score it</translation>
    </message>
    <message>
        <source>a file upload needs a person to score it</source>
        <translation>a file upload needs a person to score it</translation>
    </message>
    <message>
        <source>a drawing needs a person to score it</source>
        <translation>a drawing needs a person to score it</translation>
    </message>
    <message>
        <source>answers given by pointing at a picture are not an AICET item type</source>
        <translation>answers given by pointing at a picture are not an AICET item type</translation>
    </message>
    <message>
        <source>answers given on a picture are not an AICET item type</source>
        <translation>answers given on a picture are not an AICET item type</translation>
    </message>
    <message>
        <source>AICET imports choice, order, match and text entry interactions only</source>
        <translation>AICET imports choice, order, match and text entry interactions only</translation>
    </message>
    <message>
        <source>%1 is not supported: %2</source>
        <translation>%1 is not supported: %2</translation>
    </message>
    <message>
        <source>the question shows %1, which AICET cannot show</source>
        <translation>the question shows %1, which AICET cannot show</translation>
    </message>
    <message>
        <source>%1 left out</source>
        <translation>%1 left out</translation>
    </message>
    <message>
        <source>%1 interactions in one item; an AICET item has one</source>
        <translation>%1 interactions in one item; an AICET item has one</translation>
    </message>
    <message>
        <source>no interaction: nothing to answer</source>
        <translation>no interaction: nothing to answer</translation>
    </message>
    <message>
        <source>the response %1 is not declared</source>
        <translation>the response %1 is not declared</translation>
    </message>
    <message>
        <source>no response processing: scored by its correct response</source>
        <translation>no response processing: scored by its correct response</translation>
    </message>
    <message>
        <source>a numeric comparison on a %1</source>
        <translation>a numeric comparison on a %1</translation>
    </message>
    <message>
        <source>no question text</source>
        <translation>no question text</translation>
    </message>
    <message>
        <source>%1 %2 renamed %3</source>
        <translation>%1 %2 renamed %3</translation>
    </message>
    <message>
        <source>the metadata says %1, the QTI item reads as %2</source>
        <translation>the metadata says %1, the QTI item reads as %2</translation>
    </message>
    <message>
        <source>%1 is too large (more than %2 KiB)</source>
        <translation>%1 is too large (more than %2 KiB)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; leads outside the package</source>
        <translation>&quot;%1&quot; leads outside the package</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the package</source>
        <translation>&quot;%1&quot; is not in the package</translation>
    </message>
    <message>
        <source>%1: the %2 version is left out: %3</source>
        <translation>%1: the %2 version is left out: %3</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>the item says no language (xml:lang): its texts are taken as %1</source>
        <translation>the item says no language (xml:lang): its texts are taken as %1</translation>
    </message>
    <message>
        <source>the item is in %1, not a language of the bank: its texts are put under %2; translate them</source>
        <translation>the item is in %1, not a language of the bank: its texts are put under %2; translate them</translation>
    </message>
    <message>
        <source>%1: its %2 version has other choices than the %3 one: left out</source>
        <translation>%1: its %2 version has other choices than the %3 one: left out</translation>
    </message>
    <message>
        <source>%1: its %2 version is left out: the bank&apos;s languages are %3</source>
        <translation>%1: its %2 version is left out: the bank&apos;s languages are %3</translation>
    </message>
    <message>
        <source>no %1 version: the %2 texts were copied; translate them</source>
        <translation>no %1 version: the %2 texts were copied; translate them</translation>
    </message>
    <message>
        <source>To be written: the QTI item has no explanation.</source>
        <translation>To be written: the QTI item has no explanation.</translation>
    </message>
    <message>
        <source>no explanation (qti-modal-feedback): write one</source>
        <translation>no explanation (qti-modal-feedback): write one</translation>
    </message>
    <message>
        <source>the explanation is made of the item&apos;s feedback texts: check it</source>
        <translation>the explanation is made of the item&apos;s feedback texts: check it</translation>
    </message>
    <message>
        <source>Picture %1 (alternative text to be written)</source>
        <translation>Picture %1 (alternative text to be written)</translation>
    </message>
    <message>
        <source>the picture has no alternative text: write one</source>
        <translation>the picture has no alternative text: write one</translation>
    </message>
    <message>
        <source>it was %1 in the bank it came from; imported as %2</source>
        <translation>it was %1 in the bank it came from; imported as %2</translation>
    </message>
    <message>
        <source>competency %1 is not in this bank: placed under %2</source>
        <translation>competency %1 is not in this bank: placed under %2</translation>
    </message>
    <message>
        <source>placed under competency %1, the bank&apos;s first: check it</source>
        <translation>placed under competency %1, the bank&apos;s first: check it</translation>
    </message>
    <message>
        <source>theme %1 is not in this bank: left out</source>
        <translation>theme %1 is not in this bank: left out</translation>
    </message>
    <message>
        <source>IRT parameters left out: %1</source>
        <translation>IRT parameters left out: %1</translation>
    </message>
    <message>
        <source>the bank folder %1 is too large to be checked (more than 20000 files or 1 GiB)</source>
        <translation>the bank folder %1 is too large to be checked (more than 20000 files or 1 GiB)</translation>
    </message>
    <message>
        <source>%1 cannot be copied for the check</source>
        <translation>%1 cannot be copied for the check</translation>
    </message>
    <message>
        <source>imported items are draft or pilot, never %1</source>
        <translation>imported items are draft or pilot, never %1</translation>
    </message>
    <message>
        <source>%1: the bank cannot be read: %2</source>
        <translation>%1: the bank cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is a bank of parameters only: it holds no questions</source>
        <translation>%1 is a bank of parameters only: it holds no questions</translation>
    </message>
    <message>
        <source>%1: the bank has no competency to place questions under</source>
        <translation>%1: the bank has no competency to place questions under</translation>
    </message>
    <message>
        <source>the bank has no competency %1 (it has %2)</source>
        <translation>the bank has no competency %1 (it has %2)</translation>
    </message>
    <message>
        <source>the bank has errors of its own (see bank validate); they are not the import&apos;s</source>
        <translation>the bank has errors of its own (see bank validate); they are not the import&apos;s</translation>
    </message>
    <message>
        <source>%1: more than %2 files</source>
        <translation>%1: more than %2 files</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: refused: %2</translation>
    </message>
    <message>
        <source>%1: not a QTI package: there is no imsmanifest.xml at its root</source>
        <translation>%1: not a QTI package: there is no imsmanifest.xml at its root</translation>
    </message>
    <message>
        <source>a QTI 2 item (%1, resource type %2); only QTI 3.0 items are read</source>
        <translation>a QTI 2 item (%1, resource type %2); only QTI 3.0 items are read</translation>
    </message>
    <message>
        <source>%1 is a test, not an item: tests are not imported, the items they use are</source>
        <translation>%1 is a test, not an item: tests are not imported, the items they use are</translation>
    </message>
    <message>
        <source>%1 is a shared stimulus: not imported</source>
        <translation>%1 is a shared stimulus: not imported</translation>
    </message>
    <message>
        <source>%1 is not listed in imsmanifest.xml: not read</source>
        <translation>%1 is not listed in imsmanifest.xml: not read</translation>
    </message>
    <message>
        <source>the resource %1 names no file (href)</source>
        <translation>the resource %1 names no file (href)</translation>
    </message>
    <message>
        <source>the resource&apos;s file &quot;%1&quot; leads outside the package</source>
        <translation>the resource&apos;s file &quot;%1&quot; leads outside the package</translation>
    </message>
    <message>
        <source>id %1 renamed %2 (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>id %1 renamed %2 (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>the bank already has an item %1 (%2:%3): not overwritten</source>
        <translation>the bank already has an item %1 (%2:%3): not overwritten</translation>
    </message>
    <message>
        <source>another item of the package has the id %1</source>
        <translation>another item of the package has the id %1</translation>
    </message>
    <message>
        <source>picture %1 left out: %2</source>
        <translation>picture %1 left out: %2</translation>
    </message>
    <message>
        <source>it is not in the package</source>
        <translation>it is not in the package</translation>
    </message>
    <message>
        <source>AICET shows PNG, JPEG and SVG pictures only</source>
        <translation>AICET shows PNG, JPEG and SVG pictures only</translation>
    </message>
    <message>
        <source>it leads outside the package</source>
        <translation>it leads outside the package</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
    </message>
    <message>
        <source>no temporary folder to check the items in: %1</source>
        <translation>no temporary folder to check the items in: %1</translation>
    </message>
    <message>
        <source>bank validate warns: %1</source>
        <translation>bank validate warns: %1</translation>
    </message>
    <message>
        <source>the imported items make the bank unusable: %1</source>
        <translation>the imported items make the bank unusable: %1</translation>
    </message>
    <message>
        <source>the bank format refuses it: %1</source>
        <translation>the bank format refuses it: %1</translation>
    </message>
    <message>
        <source>%1 appeared during the import: not overwritten</source>
        <translation>%1 appeared during the import: not overwritten</translation>
    </message>
    <message>
        <source>%1: its %2 version shows another picture (%3): the %4 picture is imported for every language; give each language its own in the item&apos;s file (image.file)</source>
        <translation>%1: its %2 version shows another picture (%3): the %4 picture is imported for every language; give each language its own in the item&apos;s file (image.file)</translation>
    </message>
</context>
<context>
    <name>ReportsText</name>
    <message>
        <source>cannot draw the PDF</source>
        <translation>cannot draw the PDF</translation>
    </message>
    <message>
        <source>the QR code cannot hold this payload</source>
        <translation>the QR code cannot hold this payload</translation>
    </message>
    <message>
        <source>the PDF cannot be read</source>
        <translation>the PDF cannot be read</translation>
    </message>
    <message>
        <source>the document&apos;s number is not printed where it belongs</source>
        <translation>the document&apos;s number is not printed where it belongs</translation>
    </message>
    <message>
        <source>the text printed under the QR code</source>
        <translation>the text printed under the QR code</translation>
    </message>
    <message>
        <source>the number (%1 printed)</source>
        <translation>the number (%1 printed)</translation>
    </message>
    <message>
        <source>the number</source>
        <translation>the number</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>the name</translation>
    </message>
    <message>
        <source>the date (%1 printed, %2 signed)</source>
        <translation>the date (%1 printed, %2 signed)</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>the date</translation>
    </message>
    <message>
        <source>the level (this computer does not have the bank %1 to read its name)</source>
        <translation>the level (this computer does not have the bank %1 to read its name)</translation>
    </message>
    <message>
        <source>the level (%1 signed)</source>
        <translation>the level (%1 signed)</translation>
    </message>
    <message>
        <source>the score (%1 signed)</source>
        <translation>the score (%1 signed)</translation>
    </message>
    <message>
        <source>the score</source>
        <translation>the score</translation>
    </message>
    <message>
        <source>an attestation shows a level</source>
        <translation>an attestation shows a level</translation>
    </message>
    <message>
        <source>an attestation shows a score</source>
        <translation>an attestation shows a score</translation>
    </message>
    <message>
        <source>a certificate has one page; this document has %1</source>
        <translation>a certificate has one page; this document has %1</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>no sitting with the code &quot;%1&quot;</source>
        <translation>no sitting with the code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no session %1</source>
        <translation>no session %1</translation>
    </message>
    <message>
        <source>session %1 refers to a sitting or candidate that is missing</source>
        <translation>session %1 refers to a sitting or candidate that is missing</translation>
    </message>
    <message>
        <source>time up</source>
        <translation>time up</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>not precise enough</source>
        <translation>not precise enough</translation>
    </message>
    <message>
        <source>the bank %1 has no language &quot;%2&quot; (it has %3)</source>
        <translation>the bank %1 has no language &quot;%2&quot; (it has %3)</translation>
    </message>
    <message>
        <source>answers that look random</source>
        <translation>answers that look random</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) too fast to have been read</source>
        <translation>
            <numerusform>%n answer too fast to have been read</numerusform>
            <numerusform>%n answers too fast to have been read</numerusform>
        </translation>
    </message>
    <message>
        <source>consistent answers</source>
        <translation>consistent answers</translation>
    </message>
    <message>
        <source>answers not assessed</source>
        <translation>answers not assessed</translation>
    </message>
</context>
<context>
    <name>SaveFileText</name>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 is a folder</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2 (nothing was written)</source>
        <translation>%1: cannot write: %2 (nothing was written)</translation>
    </message>
</context>
<context>
    <name>Sittings</name>
    <message>
        <source>the code must be 3 to 32 letters, digits or &apos;-&apos;</source>
        <translation>the code must be 3 to 32 letters, digits or &apos;-&apos;</translation>
    </message>
    <message>
        <source>the sitting must close after it opens</source>
        <translation>the sitting must close after it opens</translation>
    </message>
    <message>
        <source>numbers of questions, the precision target and the time limit cannot be negative</source>
        <translation>numbers of questions, the precision target and the time limit cannot be negative</translation>
    </message>
    <message>
        <source>extra time is given as a candidate code and a number of minutes above 0, e.g. 4B-07=10</source>
        <translation>extra time is given as a candidate code and a number of minutes above 0, e.g. 4B-07=10</translation>
    </message>
    <message>
        <source>%1 is a parameters-only bank (purpose: simulation): it has no questions to show</source>
        <translation>%1 is a parameters-only bank (purpose: simulation): it has no questions to show</translation>
    </message>
    <message>
        <source>the bank has no language &quot;%1&quot; (it has %2)</source>
        <translation>the bank has no language &quot;%1&quot; (it has %2)</translation>
    </message>
    <message>
        <source>no sitting with the code &quot;%1&quot;</source>
        <translation>no sitting with the code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the practice bank cannot be read: %1</source>
        <translation>the practice bank cannot be read: %1</translation>
    </message>
    <message>
        <source>Practice test</source>
        <translation>Practice test</translation>
    </message>
    <message>
        <source>a sitting with the code &quot;%1&quot; already exists (codes are the same whatever their case and dashes)</source>
        <translation>a sitting with the code &quot;%1&quot; already exists (codes are the same whatever their case and dashes)</translation>
    </message>
    <message>
        <source>choose at least one class</source>
        <translation>choose at least one class</translation>
    </message>
    <message>
        <source>no class %1</source>
        <translation>no class %1</translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; belongs to another teacher</source>
        <translation>the class &quot;%1&quot; belongs to another teacher</translation>
    </message>
    <message>
        <source>the pupils of %1 could not all be registered (%2): the sitting %3 was closed; create it again</source>
        <translation>the pupils of %1 could not all be registered (%2): the sitting %3 was closed; create it again</translation>
    </message>
    <message numerus="yes">
        <source>sitting %1 created for %n pupil(s)</source>
        <translation>
            <numerusform>sitting %1 created for %n pupil</numerusform>
            <numerusform>sitting %1 created for %n pupils</numerusform>
        </translation>
    </message>
    <message>
        <source>extra time must be between 0 and 1440 minutes</source>
        <translation>extra time must be between 0 and 1440 minutes</translation>
    </message>
    <message>
        <source>the sitting %1 is another teacher&apos;s: only they or an administrator may open or close it</source>
        <translation>the sitting %1 is another teacher&apos;s: only they or an administrator may open or close it</translation>
    </message>
    <message>
        <source>kept for the sitting %1</source>
        <translation>kept for the sitting %1</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <source>the name is empty</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <source>the name is longer than 80 characters</source>
        <translation>the name is longer than 80 characters</translation>
    </message>
    <message>
        <source>the name holds an invisible character</source>
        <translation>the name holds an invisible character</translation>
    </message>
    <message>
        <source>the password must have at least %1 characters</source>
        <translation>the password must have at least %1 characters</translation>
    </message>
    <message>
        <source>the password must not be the name</source>
        <translation>the password must not be the name</translation>
    </message>
    <message>
        <source>the password must not be one character repeated</source>
        <translation>the password must not be one character repeated</translation>
    </message>
    <message>
        <source>the password could not be hashed (not enough memory)</source>
        <translation>the password could not be hashed (not enough memory)</translation>
    </message>
    <message>
        <source>only an administrator adds staff accounts</source>
        <translation>only an administrator adds staff accounts</translation>
    </message>
    <message>
        <source>wrong name or password</source>
        <translation>wrong name or password</translation>
    </message>
    <message numerus="yes">
        <source>too many wrong passwords: wait %n second(s) before trying again</source>
        <translation>
            <numerusform>too many wrong passwords: wait %n second before trying again</numerusform>
            <numerusform>too many wrong passwords: wait %n seconds before trying again</numerusform>
        </translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is disabled: ask an administrator</source>
        <translation>the account &quot;%1&quot; is disabled: ask an administrator</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>signed in as %1</translation>
    </message>
    <message>
        <source>no staff account named &quot;%1&quot;</source>
        <translation>no staff account named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only an administrator changes another account&apos;s password</source>
        <translation>only an administrator changes another account&apos;s password</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>the current password is wrong</translation>
    </message>
    <message>
        <source>password of &quot;%1&quot; changed</source>
        <translation>password of &quot;%1&quot; changed</translation>
    </message>
    <message>
        <source>only an administrator disables or enables accounts</source>
        <translation>only an administrator disables or enables accounts</translation>
    </message>
    <message>
        <source>an administrator cannot disable their own account</source>
        <translation>an administrator cannot disable their own account</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; disabled</source>
        <translation>account &quot;%1&quot; disabled</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; enabled</source>
        <translation>account &quot;%1&quot; enabled</translation>
    </message>
    <message>
        <source>administrator account &quot;%1&quot; created</source>
        <translation>administrator account &quot;%1&quot; created</translation>
    </message>
    <message>
        <source>trainer account &quot;%1&quot; created</source>
        <translation>trainer account &quot;%1&quot; created</translation>
    </message>
    <message>
        <source>teacher account &quot;%1&quot; created</source>
        <translation>teacher account &quot;%1&quot; created</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>no session %1</source>
        <translation>no session %1</translation>
    </message>
    <message>
        <source>session %1 reached the end of its test: there is nothing left to answer</source>
        <translation>session %1 reached the end of its test: there is nothing left to answer</translation>
    </message>
    <message>
        <source>session %1 is %2: this cannot be done now</source>
        <translation>session %1 is %2: this cannot be done now</translation>
    </message>
    <message>
        <source>session %1 paused</source>
        <translation>session %1 paused</translation>
    </message>
    <message>
        <source>session %1 goes on</source>
        <translation>session %1 goes on</translation>
    </message>
    <message>
        <source>extra time must be more than 0 and at most 1440 minutes</source>
        <translation>extra time must be more than 0 and at most 1440 minutes</translation>
    </message>
    <message>
        <source>session %1: %2 more minutes</source>
        <translation>session %1: %2 more minutes</translation>
    </message>
    <message>
        <source>extra time must be between 0 and 1440 minutes</source>
        <translation>extra time must be between 0 and 1440 minutes</translation>
    </message>
    <message>
        <source>session %1 reopened</source>
        <translation>session %1 reopened</translation>
    </message>
    <message>
        <source>session %1 stopped; its confirmed answers are scored</source>
        <translation>session %1 stopped; its confirmed answers are scored</translation>
    </message>
    <message>
        <source>no sitting for session %1</source>
        <translation>no sitting for session %1</translation>
    </message>
    <message>
        <source>session %1 kept changing while this was being done: try again</source>
        <translation>session %1 kept changing while this was being done: try again</translation>
    </message>
    <message>
        <source>session %1 reopened with %2 more minutes</source>
        <translation>session %1 reopened with %2 more minutes</translation>
    </message>
    <message>
        <source>session %1 is %2: only a test under way can be continued elsewhere (reopen it first)</source>
        <translation>session %1 is %2: only a test under way can be continued elsewhere (reopen it first)</translation>
    </message>
    <message>
        <source>session %1 may be continued once on another computer: the pupil types the same codes there</source>
        <translation>session %1 may be continued once on another computer: the pupil types the same codes there</translation>
    </message>
    <message>
        <source>session %1 has used all its time: reopen it with more minutes</source>
        <translation>session %1 has used all its time: reopen it with more minutes</translation>
    </message>
    <message>
        <source>say why the session is reopened</source>
        <translation>say why the session is reopened</translation>
    </message>
    <message>
        <source>say why the session is stopped</source>
        <translation>say why the session is stopped</translation>
    </message>
    <message>
        <source>session %1 has no time limit: extra time changes nothing</source>
        <translation>session %1 has no time limit: extra time changes nothing</translation>
    </message>
    <message>
        <source>session %1 already has %2 minutes of extra time</source>
        <translation>session %1 already has %2 minutes of extra time</translation>
    </message>
    <message>
        <source>session %1 has already used more time than that would leave: give at least %2 minutes</source>
        <translation>session %1 has already used more time than that would leave: give at least %2 minutes</translation>
    </message>
    <message>
        <source>session %1: extra time set to %2 minutes</source>
        <translation>session %1: extra time set to %2 minutes</translation>
    </message>
    <message>
        <source>say what happened</source>
        <translation>say what happened</translation>
    </message>
    <message>
        <source>an incident note has at most 2000 characters</source>
        <translation>an incident note has at most 2000 characters</translation>
    </message>
    <message>
        <source>session %1: incident noted</source>
        <translation>session %1: incident noted</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source> The disk that holds it is full: free some space.</source>
        <translation> The disk that holds it is full: free some space.</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed: install the Debian package libqt6sql6-psql</source>
        <translation>the Qt PostgreSQL driver (QPSQL) is not installed: install the Debian package libqt6sql6-psql</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed: install the Debian package libqt6sql6-sqlite</source>
        <translation>the Qt SQLite driver (QSQLITE) is not installed: install the Debian package libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>%1: not a PostgreSQL address such as postgresql://user@127.0.0.1/aicet</source>
        <translation>%1: not a PostgreSQL address such as postgresql://user@127.0.0.1/aicet</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL at %1:%2/%3: %4</source>
        <translation>cannot connect to PostgreSQL at %1:%2/%3: %4</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 is a folder, not a database file</translation>
    </message>
    <message>
        <source>%1 is an empty file that AICET did not create: it was left untouched. Remove it, or choose another database file.</source>
        <translation>%1 is an empty file that AICET did not create: it was left untouched. Remove it, or choose another database file.</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1 is not a database file (it was left untouched)</source>
        <translation>%1 is not a database file (it was left untouched)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>%1: cannot create the database: %2</source>
        <translation>%1: cannot create the database: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the database file</source>
        <translation>%1: cannot create the database file</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: cannot open the database: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a usable database (%2); it was left untouched.</source>
        <translation>%1 is damaged or not a usable database (%2); it was left untouched.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2).</source>
        <translation>%1 cannot be opened (%2).</translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s data, not an AICET database (it was left untouched)</source>
        <translation>%1 holds another program&apos;s data, not an AICET database (it was left untouched)</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s integrity check failed (%2). It was left untouched: restore it from a backup, or ask for help to recover it.</source>
        <translation>%1 is damaged: SQLite&apos;s integrity check failed (%2). It was left untouched: restore it from a backup, or ask for help to recover it.</translation>
    </message>
    <message>
        <source>%1 is not a usable database: %2</source>
        <translation>%1 is not a usable database: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program (still busy after 5 s): %2</source>
        <translation>the database %1 is locked by another program (still busy after 5 s): %2</translation>
    </message>
    <message>
        <source>cannot write to the database: %1</source>
        <translation>cannot write to the database: %1</translation>
    </message>
    <message>
        <source>cannot save to the database: %1</source>
        <translation>cannot save to the database: %1</translation>
    </message>
    <message>
        <source>%1: cannot create the tables: %2</source>
        <translation>%1: cannot create the tables: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version: %2</source>
        <translation>%1: cannot read the schema version: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of AICET (database schema %2; this version reads up to %3). Install the newer AICET; the database was left untouched.</source>
        <translation>%1 was written by a newer version of AICET (database schema %2; this version reads up to %3). Install the newer AICET; the database was left untouched.</translation>
    </message>
    <message>
        <source>cannot read the database %1: %2</source>
        <translation>cannot read the database %1: %2</translation>
    </message>
    <message>
        <source>cannot record candidate &quot;%1&quot;: %2</source>
        <translation>cannot record candidate &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>candidate &quot;%1&quot; was not stored</source>
        <translation>candidate &quot;%1&quot; was not stored</translation>
    </message>
    <message>
        <source>cannot erase the candidate: %1</source>
        <translation>cannot erase the candidate: %1</translation>
    </message>
    <message>
        <source>no candidate #%1</source>
        <translation>no candidate #%1</translation>
    </message>
    <message>
        <source>a sitting with the code &quot;%1&quot; already exists</source>
        <translation>a sitting with the code &quot;%1&quot; already exists</translation>
    </message>
    <message>
        <source>cannot create the sitting: %1</source>
        <translation>cannot create the sitting: %1</translation>
    </message>
    <message>
        <source>cannot change the sitting: %1</source>
        <translation>cannot change the sitting: %1</translation>
    </message>
    <message>
        <source>no sitting #%1</source>
        <translation>no sitting #%1</translation>
    </message>
    <message>
        <source>cannot create the session: %1</source>
        <translation>cannot create the session: %1</translation>
    </message>
    <message>
        <source>session %1 was not stored</source>
        <translation>session %1 was not stored</translation>
    </message>
    <message>
        <source>this test is already open in another AICET program on this computer</source>
        <translation>this test is already open in another AICET program on this computer</translation>
    </message>
    <message>
        <source>cannot lock the session in %1</source>
        <translation>cannot lock the session in %1</translation>
    </message>
    <message>
        <source>cannot lock the session: %1</source>
        <translation>cannot lock the session: %1</translation>
    </message>
    <message>
        <source>this test is already open in another AICET program (on this computer or another)</source>
        <translation>this test is already open in another AICET program (on this computer or another)</translation>
    </message>
    <message>
        <source>cannot read the session: %1</source>
        <translation>cannot read the session: %1</translation>
    </message>
    <message>
        <source>no session #%1</source>
        <translation>no session #%1</translation>
    </message>
    <message>
        <source>cannot read the answers: %1</source>
        <translation>cannot read the answers: %1</translation>
    </message>
    <message>
        <source>position %1 was already answered with another answer</source>
        <translation>position %1 was already answered with another answer</translation>
    </message>
    <message>
        <source>the session is %1: &quot;%2&quot; cannot be recorded</source>
        <translation>the session is %1: &quot;%2&quot; cannot be recorded</translation>
    </message>
    <message>
        <source>cannot read the event log: %1</source>
        <translation>cannot read the event log: %1</translation>
    </message>
    <message>
        <source>cannot record the event: %1</source>
        <translation>cannot record the event: %1</translation>
    </message>
    <message>
        <source>cannot update the session: %1</source>
        <translation>cannot update the session: %1</translation>
    </message>
    <message>
        <source>cannot save the result: %1</source>
        <translation>cannot save the result: %1</translation>
    </message>
    <message>
        <source>cannot record in the audit log: %1</source>
        <translation>cannot record in the audit log: %1</translation>
    </message>
    <message>
        <source>only SQLite databases can be limited</source>
        <translation>only SQLite databases can be limited</translation>
    </message>
    <message>
        <source>the session&apos;s log moved on meanwhile (event %1, not %2)</source>
        <translation>the session&apos;s log moved on meanwhile (event %1, not %2)</translation>
    </message>
    <message>
        <source>%1: cannot migrate the database to schema %2: %3</source>
        <translation>%1: cannot migrate the database to schema %2: %3</translation>
    </message>
    <message>
        <source>a reference of table %1 is broken</source>
        <translation>a reference of table %1 is broken</translation>
    </message>
    <message>
        <source>cannot change the session: %1</source>
        <translation>cannot change the session: %1</translation>
    </message>
    <message>
        <source>another program is reading or writing the database</source>
        <translation>another program is reading or writing the database</translation>
    </message>
    <message>
        <source>the erased fields were overwritten with zeros in %1 and its journal was emptied</source>
        <translation>the erased fields were overwritten with zeros in %1 and its journal was emptied</translation>
    </message>
    <message>
        <source>the journal %1-wal still holds old copies of the erased fields (%2); they are overwritten when every program using the database has closed it</source>
        <translation>the journal %1-wal still holds old copies of the erased fields (%2); they are overwritten when every program using the database has closed it</translation>
    </message>
    <message>
        <source>copies and backups of %1 made before the erasure still hold them</source>
        <translation>copies and backups of %1 made before the erasure still hold them</translation>
    </message>
    <message>
        <source>VACUUM %1 was not run: this account does not own the table (%2); the server&apos;s administrator must run it</source>
        <translation>VACUUM %1 was not run: this account does not own the table (%2); the server&apos;s administrator must run it</translation>
    </message>
    <message>
        <source>VACUUM %1 failed: %2</source>
        <translation>VACUUM %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 old row version(s) of %2 are still kept for a transaction open elsewhere; the next VACUUM (autovacuum) removes them</source>
        <translation>%1 old row version(s) of %2 are still kept for a transaction open elsewhere; the next VACUUM (autovacuum) removes them</translation>
    </message>
    <message>
        <source>CHECKPOINT wrote the tables&apos; pages to the server&apos;s files</source>
        <translation>CHECKPOINT wrote the tables&apos; pages to the server&apos;s files</translation>
    </message>
    <message>
        <source>CHECKPOINT was refused (%1): the server writes the pages at its next checkpoint</source>
        <translation>CHECKPOINT was refused (%1): the server writes the pages at its next checkpoint</translation>
    </message>
    <message>
        <source>the server&apos;s write-ahead log, its archives, replicas and backups keep old copies until they are recycled or expire: their administrator manages them</source>
        <translation>the server&apos;s write-ahead log, its archives, replicas and backups keep old copies until they are recycled or expire: their administrator manages them</translation>
    </message>
    <message>
        <source>the result is not a finite number: it is not stored</source>
        <translation>the result is not a finite number: it is not stored</translation>
    </message>
    <message>
        <source>cannot update the register of documents: %1</source>
        <translation>cannot update the register of documents: %1</translation>
    </message>
    <message>
        <source>cannot record the document %1: %2</source>
        <translation>cannot record the document %1: %2</translation>
    </message>
    <message>
        <source>no document %1 that is not already revoked</source>
        <translation>no document %1 that is not already revoked</translation>
    </message>
    <message>
        <source>VACUUM removed the old row versions of the tables candidates and sittings from what the database can read (the server may keep their bytes in free space until it reuses it)</source>
        <translation>VACUUM removed the old row versions of the tables candidates and sittings from what the database can read (the server may keep their bytes in free space until it reuses it)</translation>
    </message>
    <message>
        <source>document %1 was replaced meanwhile: issue again</source>
        <translation>document %1 was replaced meanwhile: issue again</translation>
    </message>
    <message>
        <source>cannot read the staff accounts: %1</source>
        <translation>cannot read the staff accounts: %1</translation>
    </message>
    <message>
        <source>the database already has staff accounts: the first administrator exists</source>
        <translation>the database already has staff accounts: the first administrator exists</translation>
    </message>
    <message>
        <source>there is already a staff account named &quot;%1&quot;</source>
        <translation>there is already a staff account named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot add the staff account &quot;%1&quot;: %2</source>
        <translation>cannot add the staff account &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>cannot read the staff account &quot;%1&quot; back</source>
        <translation>cannot read the staff account &quot;%1&quot; back</translation>
    </message>
    <message>
        <source>cannot record the sign-in: %1</source>
        <translation>cannot record the sign-in: %1</translation>
    </message>
    <message>
        <source>cannot change the password: %1</source>
        <translation>cannot change the password: %1</translation>
    </message>
    <message>
        <source>cannot change the staff account: %1</source>
        <translation>cannot change the staff account: %1</translation>
    </message>
    <message>
        <source>cannot add the class &quot;%1&quot; (is there one of that name already?): %2</source>
        <translation>cannot add the class &quot;%1&quot; (is there one of that name already?): %2</translation>
    </message>
    <message>
        <source>cannot read the class &quot;%1&quot; back</source>
        <translation>cannot read the class &quot;%1&quot; back</translation>
    </message>
    <message>
        <source>cannot add the pupil %1 %2: %3</source>
        <translation>cannot add the pupil %1 %2: %3</translation>
    </message>
    <message>
        <source>cannot read the pupil %1 %2 back</source>
        <translation>cannot read the pupil %1 %2 back</translation>
    </message>
    <message>
        <source>cannot change the pupil: %1</source>
        <translation>cannot change the pupil: %1</translation>
    </message>
    <message>
        <source>cannot remove the pupil: %1</source>
        <translation>cannot remove the pupil: %1</translation>
    </message>
    <message>
        <source>cannot read the sitting&apos;s settings: %1</source>
        <translation>cannot read the sitting&apos;s settings: %1</translation>
    </message>
    <message>
        <source>cannot change the sitting&apos;s settings: %1</source>
        <translation>cannot change the sitting&apos;s settings: %1</translation>
    </message>
    <message>
        <source>no such sitting or candidate</source>
        <translation>no such sitting or candidate</translation>
    </message>
    <message>
        <source>cannot read the sessions: %1</source>
        <translation>cannot read the sessions: %1</translation>
    </message>
    <message>
        <source>cannot read the bank releases: %1</source>
        <translation>cannot read the bank releases: %1</translation>
    </message>
    <message>
        <source>cannot record the bank release: %1</source>
        <translation>cannot record the bank release: %1</translation>
    </message>
    <message>
        <source>cannot record the bank release&apos;s file %1: %2</source>
        <translation>cannot record the bank release&apos;s file %1: %2</translation>
    </message>
</context>
<context>
    <name>TestRun</name>
    <message>
        <source>unknown selection rule &quot;%1&quot;</source>
        <translation>unknown selection rule &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the stored answers of this session do not fit its question bank (answer %1, item &quot;%2&quot;)</source>
        <translation>the stored answers of this session do not fit its question bank (answer %1, item &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the result cannot be computed: the bank&apos;s parameters give a non-finite ability; tell the bank&apos;s author</source>
        <translation>the result cannot be computed: the bank&apos;s parameters give a non-finite ability; tell the bank&apos;s author</translation>
    </message>
    <message>
        <source>the result cannot be computed: the bank&apos;s parameters give a non-finite standard error; tell the bank&apos;s author</source>
        <translation>the result cannot be computed: the bank&apos;s parameters give a non-finite standard error; tell the bank&apos;s author</translation>
    </message>
    <message>
        <source>the result cannot be computed: the bank&apos;s parameters give a non-finite score; tell the bank&apos;s author</source>
        <translation>the result cannot be computed: the bank&apos;s parameters give a non-finite score; tell the bank&apos;s author</translation>
    </message>
    <message>
        <source>the result cannot be computed: the bank&apos;s parameters give a non-finite ability in the area &quot;%1&quot;; tell the bank&apos;s author</source>
        <translation>the result cannot be computed: the bank&apos;s parameters give a non-finite ability in the area &quot;%1&quot;; tell the bank&apos;s author</translation>
    </message>
    <message>
        <source>unknown stopping rule &quot;%1&quot; (classification or precision)</source>
        <translation>unknown stopping rule &quot;%1&quot; (classification or precision)</translation>
    </message>
</context>
<context>
    <name>YamlText</name>
    <message>
        <source>a bank file holds one YAML document; remove the &apos;---&apos; separator</source>
        <translation>a bank file holds one YAML document; remove the &apos;---&apos; separator</translation>
    </message>
    <message>
        <source>too many values in one file (more than %1)</source>
        <translation>too many values in one file (more than %1)</translation>
    </message>
    <message>
        <source>anchors (&amp;name) and aliases (*name) are not allowed in bank files; write the value out</source>
        <translation>anchors (&amp;name) and aliases (*name) are not allowed in bank files; write the value out</translation>
    </message>
    <message>
        <source>values nested more than %1 levels deep</source>
        <translation>values nested more than %1 levels deep</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>a single value</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>a mapping</translation>
    </message>
    <message>
        <source>file too large (%1 bytes; at most %2)</source>
        <translation>file too large (%1 bytes; at most %2)</translation>
    </message>
    <message>
        <source>binary data (a NUL byte at offset %1), not a YAML text file</source>
        <translation>binary data (a NUL byte at offset %1), not a YAML text file</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text; save it as UTF-8</source>
        <translation>the file is not valid UTF-8 text; save it as UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>cannot read the YAML: %1</source>
        <translation>cannot read the YAML: %1</translation>
    </message>
    <message>
        <source>YAML syntax, line %1: %2 (the parser says: %3)</source>
        <translation>YAML syntax, line %1: %2 (the parser says: %3)</translation>
    </message>
    <message>
        <source>a text begins with &quot; and is not closed on its line: end it with &quot; (a text between quotes must end with the same quote)</source>
        <translation>a text begins with &quot; and is not closed on its line: end it with &quot; (a text between quotes must end with the same quote)</translation>
    </message>
    <message>
        <source>the apostrophe after &quot;%1&quot; ends the text that starts with &apos;: write it twice (%1&apos;&apos;%2…), or put the whole text between double quotes &quot;…&quot;</source>
        <translation>the apostrophe after &quot;%1&quot; ends the text that starts with &apos;: write it twice (%1&apos;&apos;%2…), or put the whole text between double quotes &quot;…&quot;</translation>
    </message>
    <message>
        <source>the text after &quot;%1:&quot; holds a colon followed by a space (&quot;%2: &quot;), which YAML reads as a new field: put the whole text between double quotes &quot;…&quot;</source>
        <translation>the text after &quot;%1:&quot; holds a colon followed by a space (&quot;%2: &quot;), which YAML reads as a new field: put the whole text between double quotes &quot;…&quot;</translation>
    </message>
    <message>
        <source>YAML syntax: %1 (check the quotes, colons and brackets of this line and the one before)</source>
        <translation>YAML syntax: %1 (check the quotes, colons and brackets of this line and the one before)</translation>
    </message>
</context>
<context>
    <name>aicet::cli</name>
    <message>
        <source>The bank folder.</source>
        <translation>The bank folder.</translation>
    </message>
    <message>
        <source>Write the diagnostics as JSON, for tools.</source>
        <translation>Write the diagnostics as JSON, for tools.</translation>
    </message>
    <message>
        <source>Checks a bank folder and prints every problem as file:line:column: error|warning: message. Exit status 0 when the bank is usable, 1 when it is not.</source>
        <translation>Checks a bank folder and prints every problem as file:line:column: error|warning: message. Exit status 0 when the bank is usable, 1 when it is not.</translation>
    </message>
    <message>
        <source>exactly one bank folder</source>
        <translation>exactly one bank folder</translation>
    </message>
    <message>
        <source>%1: %2 items (%3 operational), %4 error(s), %5 warning(s): %6
</source>
        <translation>%1: %2 items (%3 operational), %4 error(s), %5 warning(s): %6
</translation>
    </message>
    <message>
        <source>usable</source>
        <translation>usable</translation>
    </message>
    <message>
        <source>NOT usable</source>
        <translation>NOT usable</translation>
    </message>
    <message>
        <source>content hash: %1
</source>
        <translation>content hash: %1
</translation>
    </message>
    <message>
        <source>Write the statistics as CSV rows table,key,value.</source>
        <translation>Write the statistics as CSV rows table,key,value.</translation>
    </message>
    <message>
        <source>Simulate fixed-length tests of n items instead of the bank&apos;s default test settings.</source>
        <translation>Simulate fixed-length tests of n items instead of the bank&apos;s default test settings.</translation>
    </message>
    <message>
        <source>Simulees per ability point of the curve (default 300).</source>
        <translation>Simulees per ability point of the curve (default 300).</translation>
    </message>
    <message>
        <source>Seed of the simulation (default 1).</source>
        <translation>Seed of the simulation (default 1).</translation>
    </message>
    <message>
        <source>Items by dimension, competency, level, type, status and language, and the precision a test reaches along the ability scale with the bank&apos;s default test settings (by simulation).</source>
        <translation>Items by dimension, competency, level, type, status and language, and the precision a test reaches along the ability scale with the bank&apos;s default test settings (by simulation).</translation>
    </message>
    <message>
        <source>--simulees takes a whole number from 1 to 100000, --seed a whole number</source>
        <translation>--simulees takes a whole number from 1 to 100000, --seed a whole number</translation>
    </message>
    <message>
        <source>--length takes a whole number from 1 to 10000</source>
        <translation>--length takes a whole number from 1 to 10000</translation>
    </message>
    <message>
        <source>Bank %1 version %2: %3

</source>
        <translation>Bank %1 version %2: %3

</translation>
    </message>
    <message>
        <source>items by dimension</source>
        <translation>items by dimension</translation>
    </message>
    <message>
        <source>items by competency</source>
        <translation>items by competency</translation>
    </message>
    <message>
        <source>items by progression level</source>
        <translation>items by progression level</translation>
    </message>
    <message>
        <source>items by type</source>
        <translation>items by type</translation>
    </message>
    <message>
        <source>items by status</source>
        <translation>items by status</translation>
    </message>
    <message>
        <source>items by theme</source>
        <translation>items by theme</translation>
    </message>
    <message>
        <source>items complete in each language</source>
        <translation>items complete in each language</translation>
    </message>
    <message>
        <source>Precision along the ability scale: %1 simulees per point, %2 selection, %3 to %4 items%5
</source>
        <translation>Precision along the ability scale: %1 simulees per point, %2 selection, %3 to %4 items%5
</translation>
    </message>
    <message>
        <source>, SE target %1</source>
        <translation>, SE target %1</translation>
    </message>
    <message>
        <source>  theta   bank info   test info   expected SE   mean SE   RMSE    bias    mean length
</source>
        <translation>  theta   bank info   test info   expected SE   mean SE   RMSE    bias    mean length
</translation>
    </message>
    <message>
        <source>
test info: information of the items given, at the true theta; expected SE = 1/sqrt(test info);
mean SE: the SE the test reports; RMSE and bias of the final estimate against the true theta.
</source>
        <translation>
test info: information of the items given, at the true theta; expected SE = 1/sqrt(test info);
mean SE: the SE the test reports; RMSE and bias of the final estimate against the true theta.
</translation>
    </message>
    <message>
        <source>check a bank: every problem with its position</source>
        <translation>check a bank: every problem with its position</translation>
    </message>
    <message>
        <source>what a bank measures, and how precisely</source>
        <translation>what a bank measures, and how precisely</translation>
    </message>
    <message>
        <source>The session (the &quot;session&quot; column of results export).</source>
        <translation>The session (the &quot;session&quot; column of results export).</translation>
    </message>
    <message>
        <source>The PDF to write (default certificate-&lt;id&gt;.pdf).</source>
        <translation>The PDF to write (default certificate-&lt;id&gt;.pdf).</translation>
    </message>
    <message>
        <source>fr or en (default: the sitting&apos;s, else the bank&apos;s).</source>
        <translation>fr or en (default: the sitting&apos;s, else the bank&apos;s).</translation>
    </message>
    <message>
        <source>The authority&apos;s logo (PNG, JPEG or SVG), printed at the top.</source>
        <translation>The authority&apos;s logo (PNG, JPEG or SVG), printed at the top.</translation>
    </message>
    <message>
        <source>Address of the published verification page; the QR code then opens it with the payload.</source>
        <translation>Address of the published verification page; the QR code then opens it with the payload.</translation>
    </message>
    <message>
        <source>Issues the certificate of a finished session (or a participation attestation when the result is not precise enough) as a signed PDF.</source>
        <translation>Issues the certificate of a finished session (or a participation attestation when the result is not precise enough) as a signed PDF.</translation>
    </message>
    <message>
        <source>--session takes a session number</source>
        <translation>--session takes a session number</translation>
    </message>
    <message>
        <source>%1: not a readable PNG, JPEG or SVG image</source>
        <translation>%1: not a readable PNG, JPEG or SVG image</translation>
    </message>
    <message>
        <source>certificate %1 written to %2
</source>
        <translation>certificate %1 written to %2
</translation>
    </message>
    <message>
        <source>payload: %1
</source>
        <translation>payload: %1
</translation>
    </message>
    <message>
        <source>A certificate PDF, or its payload text.</source>
        <translation>A certificate PDF, or its payload text.</translation>
    </message>
    <message>
        <source>The issuer&apos;s public key (PEM); default: this computer&apos;s issuer key.</source>
        <translation>The issuer&apos;s public key (PEM); default: this computer&apos;s issuer key.</translation>
    </message>
    <message>
        <source>Checks a certificate&apos;s signature. Exit status 0 when valid, 1 when not.</source>
        <translation>Checks a certificate&apos;s signature. Exit status 0 when valid, 1 when not.</translation>
    </message>
    <message>
        <source>a certificate PDF or its payload</source>
        <translation>a certificate PDF or its payload</translation>
    </message>
    <message>
        <source>INVALID: %1
</source>
        <translation>INVALID: %1
</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificate</translation>
    </message>
    <message>
        <source>participation attestation</source>
        <translation>participation attestation</translation>
    </message>
    <message>
        <source>The issuer&apos;s private key whose public part the page holds.</source>
        <translation>The issuer&apos;s private key whose public part the page holds.</translation>
    </message>
    <message>
        <source>Or the issuer&apos;s public key (PEM).</source>
        <translation>Or the issuer&apos;s public key (PEM).</translation>
    </message>
    <message>
        <source>The issuing authority&apos;s name, shown on the page.</source>
        <translation>The issuing authority&apos;s name, shown on the page.</translation>
    </message>
    <message>
        <source>The HTML file to write (default verify.html).</source>
        <translation>The HTML file to write (default verify.html).</translation>
    </message>
    <message>
        <source>Writes the static verification page to publish: one HTML file that checks certificates in the browser with the issuer&apos;s public key, offline.</source>
        <translation>Writes the static verification page to publish: one HTML file that checks certificates in the browser with the issuer&apos;s public key, offline.</translation>
    </message>
    <message>
        <source>the verification page is missing from this build</source>
        <translation>the verification page is missing from this build</translation>
    </message>
    <message>
        <source>verification page written to %1
</source>
        <translation>verification page written to %1
</translation>
    </message>
    <message>
        <source>An Ed25519 private key in PEM.</source>
        <translation>An Ed25519 private key in PEM.</translation>
    </message>
    <message>
        <source>Where to keep it (default: this computer&apos;s issuer key).</source>
        <translation>Where to keep it (default: this computer&apos;s issuer key).</translation>
    </message>
    <message>
        <source>Imports the authority&apos;s existing issuer key, so that this computer signs with it.</source>
        <translation>Imports the authority&apos;s existing issuer key, so that this computer signs with it.</translation>
    </message>
    <message>
        <source>the private key file</source>
        <translation>the private key file</translation>
    </message>
    <message>
        <source>issuer key imported to %1
</source>
        <translation>issuer key imported to %1
</translation>
    </message>
    <message>
        <source>Write the public key (PEM) to this file instead of the standard output.</source>
        <translation>Write the public key (PEM) to this file instead of the standard output.</translation>
    </message>
    <message>
        <source>Writes the issuer&apos;s public key (PEM), to publish for verification.</source>
        <translation>Writes the issuer&apos;s public key (PEM), to publish for verification.</translation>
    </message>
    <message>
        <source>The PDF to write (default report-&lt;session&gt;.pdf).</source>
        <translation>The PDF to write (default report-&lt;session&gt;.pdf).</translation>
    </message>
    <message>
        <source>fr or en (default fr).</source>
        <translation>fr or en (default fr).</translation>
    </message>
    <message>
        <source>Writes a candidate&apos;s result report for evaluators: items, answers, explanations, the ability estimate after each item, time per item and focus losses.</source>
        <translation>Writes a candidate&apos;s result report for evaluators: items, answers, explanations, the ability estimate after each item, time per item and focus losses.</translation>
    </message>
    <message>
        <source>--session takes a session number, --language fr or en</source>
        <translation>--session takes a session number, --language fr or en</translation>
    </message>
    <message>
        <source>report written to %1
</source>
        <translation>report written to %1
</translation>
    </message>
    <message>
        <source>a candidate&apos;s result report for evaluators (PDF)</source>
        <translation>a candidate&apos;s result report for evaluators (PDF)</translation>
    </message>
    <message>
        <source>issue the certificate of a finished session</source>
        <translation>issue the certificate of a finished session</translation>
    </message>
    <message>
        <source>check a certificate&apos;s signature</source>
        <translation>check a certificate&apos;s signature</translation>
    </message>
    <message>
        <source>write the static verification page to publish</source>
        <translation>write the static verification page to publish</translation>
    </message>
    <message>
        <source>import the authority&apos;s issuer key</source>
        <translation>import the authority&apos;s issuer key</translation>
    </message>
    <message>
        <source>write the issuer&apos;s public key</source>
        <translation>write the issuer&apos;s public key</translation>
    </message>
    <message>
        <source>aicet-cli: unknown command &quot;%1&quot;

</source>
        <translation>aicet-cli: unknown command &quot;%1&quot;

</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give %1</source>
        <translation>give %1</translation>
    </message>
    <message>
        <source>Run &apos;aicet-cli %1 --help&apos; for the options.</source>
        <translation>Run &apos;aicet-cli %1 --help&apos; for the options.</translation>
    </message>
    <message>
        <source>Range of theta for ML, MAP and WLE (default -4,4).</source>
        <translation>Range of theta for ML, MAP and WLE (default -4,4).</translation>
    </message>
    <message>
        <source>Quadrature grid of EAP and of the weighted selection rules: lower, upper, nodes (default -4,4,33).</source>
        <translation>Quadrature grid of EAP and of the weighted selection rules: lower, upper, nodes (default -4,4,33).</translation>
    </message>
    <message>
        <source>Normal prior of MAP and EAP: mean and SD (default 0,1).</source>
        <translation>Normal prior of MAP and EAP: mean and SD (default 0,1).</translation>
    </message>
    <message>
        <source>When ML, MAP or WLE has no root in the range, return the bound as catR 3.17 does (AICET&apos;s own rule falls back to EAP).</source>
        <translation>When ML, MAP or WLE has no root in the range, return the bound as catR 3.17 does (AICET&apos;s own rule falls back to EAP).</translation>
    </message>
    <message>
        <source>--range takes two numbers, lo,hi (got &quot;%1&quot;)</source>
        <translation>--range takes two numbers, lo,hi (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--grid takes lo,hi,n with a whole number of nodes (got &quot;%1&quot;)</source>
        <translation>--grid takes lo,hi,n with a whole number of nodes (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--prior takes two numbers, mean,sd (got &quot;%1&quot;)</source>
        <translation>--prior takes two numbers, mean,sd (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>The database: a SQLite file, or postgresql://user@host[:port]/database (default: %1).</source>
        <translation>The database: a SQLite file, or postgresql://user@host[:port]/database (default: %1).</translation>
    </message>
    <message>
        <source>Usage: aicet-cli %1 &lt;command&gt; [options]

Commands:
</source>
        <translation>Usage: aicet-cli %1 &lt;command&gt; [options]

Commands:
</translation>
    </message>
    <message>
        <source>
Run &apos;aicet-cli %1 &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>
Run &apos;aicet-cli %1 &lt;command&gt; --help&apos; for a command&apos;s options.
</translation>
    </message>
    <message>
        <source>aicet-cli %1: expected one of %2%3
</source>
        <translation>aicet-cli %1: expected one of %2%3
</translation>
    </message>
    <message>
        <source>, not &quot;%1&quot;</source>
        <translation>, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The item bank: a parameter CSV id,a,b,c,d[,domain].</source>
        <translation>The item bank: a parameter CSV id,a,b,c,d[,domain].</translation>
    </message>
    <message>
        <source>Response matrix CSV: header person then item ids; one row per person; empty cell = not administered.</source>
        <translation>Response matrix CSV: header person then item ids; one row per person; empty cell = not administered.</translation>
    </message>
    <message>
        <source>ml, map, eap or wle (default eap).</source>
        <translation>ml, map, eap or wle (default eap).</translation>
    </message>
    <message>
        <source>--bank and --responses are required</source>
        <translation>--bank and --responses are required</translation>
    </message>
    <message>
        <source>unknown estimator &quot;%1&quot; (ml, map, eap or wle)</source>
        <translation>unknown estimator &quot;%1&quot; (ml, map, eap or wle)</translation>
    </message>
    <message>
        <source>--content-targets takes dimension=proportion pairs separated by commas (got &quot;%1&quot;)</source>
        <translation>--content-targets takes dimension=proportion pairs separated by commas (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--content-targets: the bank has no dimension &quot;%1&quot; (it has: %2)</source>
        <translation>--content-targets: the bank has no dimension &quot;%1&quot; (it has: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>unknown selection rule &quot;%1&quot; (mfi, bopt, mlwi or mpwi)</source>
        <translation>unknown selection rule &quot;%1&quot; (mfi, bopt, mlwi or mpwi)</translation>
    </message>
    <message>
        <source>--length takes a whole number from 1 to 100000</source>
        <translation>--length takes a whole number from 1 to 100000</translation>
    </message>
    <message>
        <source>--min-length takes a whole number no larger than the maximum length (%1)</source>
        <translation>--min-length takes a whole number no larger than the maximum length (%1)</translation>
    </message>
    <message>
        <source>--randomesque takes a whole number from 1 to 1000</source>
        <translation>--randomesque takes a whole number from 1 to 1000</translation>
    </message>
    <message>
        <source>--start-theta takes a number</source>
        <translation>--start-theta takes a number</translation>
    </message>
    <message>
        <source>--se-target takes a positive number (0 turns it off)</source>
        <translation>--se-target takes a positive number (0 turns it off)</translation>
    </message>
    <message>
        <source>--level-cuts takes ascending numbers separated by commas</source>
        <translation>--level-cuts takes ascending numbers separated by commas</translation>
    </message>
    <message>
        <source>--classify takes a confidence level between 0 and 1, e.g. 0.95</source>
        <translation>--classify takes a confidence level between 0 and 1, e.g. 0.95</translation>
    </message>
    <message>
        <source>--pilot-positions takes positions separated by commas</source>
        <translation>--pilot-positions takes positions separated by commas</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>The item bank: a bank folder, or a parameter CSV id,a,b,c,d[,domain].</source>
        <translation>The item bank: a bank folder, or a parameter CSV id,a,b,c,d[,domain].</translation>
    </message>
    <message>
        <source>Number of simulees drawn from N(0,1) (default 1000).</source>
        <translation>Number of simulees drawn from N(0,1) (default 1000).</translation>
    </message>
    <message>
        <source>CSV of true abilities: id,theta per line, after a header.</source>
        <translation>CSV of true abilities: id,theta per line, after a header.</translation>
    </message>
    <message>
        <source>Response matrix of every simulee to every item (header person then item ids): answers are taken from it instead of being drawn. Needs --true-theta.</source>
        <translation>Response matrix of every simulee to every item (header person then item ids): answers are taken from it instead of being drawn. Needs --true-theta.</translation>
    </message>
    <message>
        <source>Maximum number of scored items (default: the bank&apos;s, 30 for a CSV bank).</source>
        <translation>Maximum number of scored items (default: the bank&apos;s, 30 for a CSV bank).</translation>
    </message>
    <message>
        <source>Minimum number of scored items (default: the bank&apos;s).</source>
        <translation>Minimum number of scored items (default: the bank&apos;s).</translation>
    </message>
    <message>
        <source>Stop when the standard error reaches this value.</source>
        <translation>Stop when the standard error reaches this value.</translation>
    </message>
    <message>
        <source>Stop when the confidence interval at this level lies inside one level (needs --level-cuts).</source>
        <translation>Stop when the confidence interval at this level lies inside one level (needs --level-cuts).</translation>
    </message>
    <message>
        <source>Cut scores on theta between reported levels, ascending.</source>
        <translation>Cut scores on theta between reported levels, ascending.</translation>
    </message>
    <message>
        <source>mfi, bopt, mlwi or mpwi (default: the bank&apos;s, mfi for a CSV bank).</source>
        <translation>mfi, bopt, mlwi or mpwi (default: the bank&apos;s, mfi for a CSV bank).</translation>
    </message>
    <message>
        <source>Estimator during the test: ml, map, eap or wle (default: the bank&apos;s, eap).</source>
        <translation>Estimator during the test: ml, map, eap or wle (default: the bank&apos;s, eap).</translation>
    </message>
    <message>
        <source>Estimator of the final result (default: as --estimator).</source>
        <translation>Estimator of the final result (default: as --estimator).</translation>
    </message>
    <message>
        <source>Theta at which the first item is chosen (default: the bank&apos;s, 0).</source>
        <translation>Theta at which the first item is chosen (default: the bank&apos;s, 0).</translation>
    </message>
    <message>
        <source>Choose at random among the k best items (default: the bank&apos;s, 1).</source>
        <translation>Choose at random among the k best items (default: the bank&apos;s, 1).</translation>
    </message>
    <message>
        <source>Sympson-Hetter exposure control: first compute the items&apos; parameters by simulation for this maximum exposure rate, then run the study with them.</source>
        <translation>Sympson-Hetter exposure control: first compute the items&apos; parameters by simulation for this maximum exposure rate, then run the study with them.</translation>
    </message>
    <message>
        <source>Kingsbury-Zara content balancing: target proportion per dimension, e.g. D1=0.25,D2=0.25,D3=0.25,D4=0.25.</source>
        <translation>Kingsbury-Zara content balancing: target proportion per dimension, e.g. D1=0.25,D2=0.25,D3=0.25,D4=0.25.</translation>
    </message>
    <message>
        <source>1-based positions at which unscored pilot items are given.</source>
        <translation>1-based positions at which unscored pilot items are given.</translation>
    </message>
    <message>
        <source>Item ids never given (already seen).</source>
        <translation>Item ids never given (already seen).</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>Worker threads (default: one per core).</translation>
    </message>
    <message>
        <source>Print the first n simulees&apos; tests step by step.</source>
        <translation>Print the first n simulees&apos; tests step by step.</translation>
    </message>
    <message>
        <source>Write per simulee sim_id,true_theta,theta_final,se_final,items to this file.</source>
        <translation>Write per simulee sim_id,true_theta,theta_final,se_final,items to this file.</translation>
    </message>
    <message>
        <source>Simulation study of adaptive tests: bias, RMSE, test length, item exposure and speed.</source>
        <translation>Simulation study of adaptive tests: bias, RMSE, test length, item exposure and speed.</translation>
    </message>
    <message>
        <source>--bank is required</source>
        <translation>--bank is required</translation>
    </message>
    <message>
        <source>--replay needs --true-theta</source>
        <translation>--replay needs --true-theta</translation>
    </message>
    <message>
        <source>give either --simulees or --true-theta, not both</source>
        <translation>give either --simulees or --true-theta, not both</translation>
    </message>
    <message>
        <source>--threads and --seed take whole numbers</source>
        <translation>--threads and --seed take whole numbers</translation>
    </message>
    <message>
        <source>--simulees takes a whole number from 1 to 10000000</source>
        <translation>--simulees takes a whole number from 1 to 10000000</translation>
    </message>
    <message>
        <source>N(0,1)</source>
        <translation>N(0,1)</translation>
    </message>
    <message>
        <source>%1: simulee &quot;%2&quot; of %3 has no row</source>
        <translation>%1: simulee &quot;%2&quot; of %3 has no row</translation>
    </message>
    <message>
        <source>replay of %1</source>
        <translation>replay of %1</translation>
    </message>
    <message>
        <source>--exposure-target takes a rate in (0, 1], e.g. 0.25</source>
        <translation>--exposure-target takes a rate in (0, 1], e.g. 0.25</translation>
    </message>
    <message>
        <source>Sympson-Hetter parameters: %1 after %2 rounds, maximum exposure %3 in calibration
</source>
        <translation>Sympson-Hetter parameters: %1 after %2 rounds, maximum exposure %3 in calibration
</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>converged</translation>
    </message>
    <message>
        <source>not converged</source>
        <translation>not converged</translation>
    </message>
    <message>
        <source>Simulee %1, true theta %2
</source>
        <translation>Simulee %1, true theta %2
</translation>
    </message>
    <message>
        <source>  step  item        response   theta      se
</source>
        <translation>  step  item        response   theta      se
</translation>
    </message>
    <message>
        <source>  final: theta %1, SE %2, stopped by %3

</source>
        <translation>  final: theta %1, SE %2, stopped by %3

</translation>
    </message>
    <message>
        <source>bank: %1 (%2 items)
</source>
        <translation>bank: %1 (%2 items)
</translation>
    </message>
    <message>
        <source>simulees: %1 (%2)
</source>
        <translation>simulees: %1 (%2)
</translation>
    </message>
    <message>
        <source>test: %1 selection, %2 during the test, %3 final, %4 to %5 items
</source>
        <translation>test: %1 selection, %2 during the test, %3 final, %4 to %5 items
</translation>
    </message>
    <message>
        <source>mean test length: %1
</source>
        <translation>mean test length: %1
</translation>
    </message>
    <message>
        <source>bias: %1
</source>
        <translation>bias: %1
</translation>
    </message>
    <message>
        <source>RMSE: %1
</source>
        <translation>RMSE: %1
</translation>
    </message>
    <message>
        <source>mean item exposure: %1
</source>
        <translation>mean item exposure: %1
</translation>
    </message>
    <message>
        <source>max item exposure: %1
</source>
        <translation>max item exposure: %1
</translation>
    </message>
    <message>
        <source>stop reasons: %1
</source>
        <translation>stop reasons: %1
</translation>
    </message>
    <message>
        <source>simulation time: %1 s (%2 candidates per second); whole command %3 s
</source>
        <translation>simulation time: %1 s (%2 candidates per second); whole command %3 s
</translation>
    </message>
    <message>
        <source>The access code pupils will type.</source>
        <translation>The access code pupils will type.</translation>
    </message>
    <message>
        <source>A title shown to the teacher.</source>
        <translation>A title shown to the teacher.</translation>
    </message>
    <message>
        <source>Minimum number of questions.</source>
        <translation>Minimum number of questions.</translation>
    </message>
    <message>
        <source>Maximum number of questions.</source>
        <translation>Maximum number of questions.</translation>
    </message>
    <message>
        <source>Stop when the standard error reaches this value (0: off).</source>
        <translation>Stop when the standard error reaches this value (0: off).</translation>
    </message>
    <message>
        <source>Time limit in minutes (0: none).</source>
        <translation>Time limit in minutes (0: none).</translation>
    </message>
    <message>
        <source>Language of the questions (default: the pupil chooses).</source>
        <translation>Language of the questions (default: the pupil chooses).</translation>
    </message>
    <message>
        <source>Opening time, ISO 8601 (e.g. 2026-12-01T08:00:00Z).</source>
        <translation>Opening time, ISO 8601 (e.g. 2026-12-01T08:00:00Z).</translation>
    </message>
    <message>
        <source>Closing time for starting the test, ISO 8601.</source>
        <translation>Closing time for starting the test, ISO 8601.</translation>
    </message>
    <message>
        <source>Show the pupil their results at the end: yes or no (default yes).</source>
        <translation>Show the pupil their results at the end: yes or no (default yes).</translation>
    </message>
    <message>
        <source>Show the explanations of missed questions: yes or no (default yes).</source>
        <translation>Show the explanations of missed questions: yes or no (default yes).</translation>
    </message>
    <message>
        <source>Ask pupils for their name as well as their code.</source>
        <translation>Ask pupils for their name as well as their code.</translation>
    </message>
    <message>
        <source>Extra time for some candidates, e.g. 4B-07=10,4B-12=15 (minutes added to the time limit).</source>
        <translation>Extra time for some candidates, e.g. 4B-07=10,4B-12=15 (minutes added to the time limit).</translation>
    </message>
    <message>
        <source>Creates a sitting: a planned test on a bank.</source>
        <translation>Creates a sitting: a planned test on a bank.</translation>
    </message>
    <message>
        <source>--bank and --code are required</source>
        <translation>--bank and --code are required</translation>
    </message>
    <message>
        <source>--%1 takes a number</source>
        <translation>--%1 takes a number</translation>
    </message>
    <message>
        <source>--%1 takes a whole number</source>
        <translation>--%1 takes a whole number</translation>
    </message>
    <message>
        <source>--extra-time takes candidate=minutes pairs, e.g. 4B-07=10</source>
        <translation>--extra-time takes candidate=minutes pairs, e.g. 4B-07=10</translation>
    </message>
    <message>
        <source>--show-results and --show-explanations take yes or no</source>
        <translation>--show-results and --show-explanations take yes or no</translation>
    </message>
    <message>
        <source>--%1 takes an ISO 8601 time such as 2026-12-01T08:00:00Z</source>
        <translation>--%1 takes an ISO 8601 time such as 2026-12-01T08:00:00Z</translation>
    </message>
    <message>
        <source>sitting %1 created on bank %2 (content hash %3)
</source>
        <translation>sitting %1 created on bank %2 (content hash %3)
</translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation>Write CSV.</translation>
    </message>
    <message>
        <source>Lists the sittings.</source>
        <translation>Lists the sittings.</translation>
    </message>
    <message>
        <source>code                 state    bank        sessions finished  created
</source>
        <translation>code                 state    bank        sessions finished  created
</translation>
    </message>
    <message>
        <source>(* practice sitting)
</source>
        <translation>(* practice sitting)
</translation>
    </message>
    <message>
        <source>The sitting&apos;s code.</source>
        <translation>The sitting&apos;s code.</translation>
    </message>
    <message>
        <source>Closes a sitting: no new session can start.</source>
        <translation>Closes a sitting: no new session can start.</translation>
    </message>
    <message>
        <source>the code of the sitting to close</source>
        <translation>the code of the sitting to close</translation>
    </message>
    <message>
        <source>sitting %1 closed
</source>
        <translation>sitting %1 closed
</translation>
    </message>
    <message>
        <source>Shows where every session of a sitting stands: state, answers, times the test window was left, last activity, result.</source>
        <translation>Shows where every session of a sitting stands: state, answers, times the test window was left, last activity, result.</translation>
    </message>
    <message>
        <source>the code of the sitting</source>
        <translation>the code of the sitting</translation>
    </message>
    <message>
        <source>session candidate            state      answers  left window  last activity         level
</source>
        <translation>session candidate            state      answers  left window  last activity         level
</translation>
    </message>
    <message>
        <source>The candidate&apos;s code.</source>
        <translation>The candidate&apos;s code.</translation>
    </message>
    <message>
        <source>The candidate&apos;s name, when the sitting asks for it.</source>
        <translation>The candidate&apos;s name, when the sitting asks for it.</translation>
    </message>
    <message>
        <source>Answer as a simulated candidate of this ability.</source>
        <translation>Answer as a simulated candidate of this ability.</translation>
    </message>
    <message>
        <source>The session&apos;s seed when it is created; drives the simulated answers.</source>
        <translation>The session&apos;s seed when it is created; drives the simulated answers.</translation>
    </message>
    <message>
        <source>Wait this long before each answer.</source>
        <translation>Wait this long before each answer.</translation>
    </message>
    <message>
        <source>Language of the questions (default: the sitting&apos;s, else the bank&apos;s).</source>
        <translation>Language of the questions (default: the sitting&apos;s, else the bank&apos;s).</translation>
    </message>
    <message>
        <source>Takes a test through the real session controller as a simulated candidate; prints &quot;ack &lt;position&gt; &lt;item&gt; &lt;response&gt;&quot; per acknowledged answer. Run again after an interruption: it resumes.</source>
        <translation>Takes a test through the real session controller as a simulated candidate; prints &quot;ack &lt;position&gt; &lt;item&gt; &lt;response&gt;&quot; per acknowledged answer. Run again after an interruption: it resumes.</translation>
    </message>
    <message>
        <source>--sitting, --candidate and --simulate-theta are required</source>
        <translation>--sitting, --candidate and --simulate-theta are required</translation>
    </message>
    <message>
        <source>--simulate-theta takes a number, --seed and --delay-ms whole numbers</source>
        <translation>--simulate-theta takes a number, --seed and --delay-ms whole numbers</translation>
    </message>
    <message>
        <source>the session ended without a result</source>
        <translation>the session ended without a result</translation>
    </message>
    <message>
        <source>finished: theta %1, SE %2, level %3, %4 items, stopped by %5
</source>
        <translation>finished: theta %1, SE %2, level %3, %4 items, stopped by %5
</translation>
    </message>
    <message>
        <source>Why (recorded in the session&apos;s log and the audit log).</source>
        <translation>Why (recorded in the session&apos;s log and the audit log).</translation>
    </message>
    <message>
        <source>Minutes added to the session&apos;s time limit.</source>
        <translation>Minutes added to the session&apos;s time limit.</translation>
    </message>
    <message>
        <source>Pauses a session: its clock stops, answers wait.</source>
        <translation>Pauses a session: its clock stops, answers wait.</translation>
    </message>
    <message>
        <source>Lets a paused session go on.</source>
        <translation>Lets a paused session go on.</translation>
    </message>
    <message>
        <source>Gives a session more time.</source>
        <translation>Gives a session more time.</translation>
    </message>
    <message>
        <source>Reopens a finished or stopped session so that the pupil can go on (a reason is required).</source>
        <translation>Reopens a finished or stopped session so that the pupil can go on (a reason is required).</translation>
    </message>
    <message>
        <source>Stops a session under way; its confirmed answers are scored.</source>
        <translation>Stops a session under way; its confirmed answers are scored.</translation>
    </message>
    <message>
        <source>the session number</source>
        <translation>the session number</translation>
    </message>
    <message>
        <source>give a session number (and --minutes to extend)</source>
        <translation>give a session number (and --minutes to extend)</translation>
    </message>
    <message>
        <source>Write to this file (whole or not at all) instead of the standard output.</source>
        <translation>Write to this file (whole or not at all) instead of the standard output.</translation>
    </message>
    <message>
        <source>--sitting is required</source>
        <translation>--sitting is required</translation>
    </message>
    <message>
        <source>Erases a candidate&apos;s personal fields (name, group, code) and keeps their anonymous responses.</source>
        <translation>Erases a candidate&apos;s personal fields (name, group, code) and keeps their anonymous responses.</translation>
    </message>
    <message>
        <source>Writes everything held about a candidate as JSON.</source>
        <translation>Writes everything held about a candidate as JSON.</translation>
    </message>
    <message>
        <source>the candidate&apos;s code</source>
        <translation>the candidate&apos;s code</translation>
    </message>
    <message>
        <source>create a sitting: a planned test on a bank</source>
        <translation>create a sitting: a planned test on a bank</translation>
    </message>
    <message>
        <source>list the sittings</source>
        <translation>list the sittings</translation>
    </message>
    <message>
        <source>where every session of a sitting stands</source>
        <translation>where every session of a sitting stands</translation>
    </message>
    <message>
        <source>close a sitting to new sessions</source>
        <translation>close a sitting to new sessions</translation>
    </message>
    <message>
        <source>take a test as a simulated candidate</source>
        <translation>take a test as a simulated candidate</translation>
    </message>
    <message>
        <source>pause a session</source>
        <translation>pause a session</translation>
    </message>
    <message>
        <source>let a paused session go on</source>
        <translation>let a paused session go on</translation>
    </message>
    <message>
        <source>give a session more time</source>
        <translation>give a session more time</translation>
    </message>
    <message>
        <source>reopen a finished or stopped session</source>
        <translation>reopen a finished or stopped session</translation>
    </message>
    <message>
        <source>stop a session under way</source>
        <translation>stop a session under way</translation>
    </message>
    <message>
        <source>export a sitting&apos;s results or responses as CSV</source>
        <translation>export a sitting&apos;s results or responses as CSV</translation>
    </message>
    <message>
        <source>write everything held about a candidate</source>
        <translation>write everything held about a candidate</translation>
    </message>
    <message>
        <source>erase a candidate&apos;s personal fields</source>
        <translation>erase a candidate&apos;s personal fields</translation>
    </message>
    <message>
        <source>aicet-cli: the output could not be written (is the disk full?)</source>
        <translation>aicet-cli: the output could not be written (is the disk full?)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>aicet-cli: no practice sitting: %1
</source>
        <translation>aicet-cli: no practice sitting: %1
</translation>
    </message>
    <message>
        <source>stopped before question %1: no more input
</source>
        <translation>stopped before question %1: no more input
</translation>
    </message>
    <message>
        <source>the end of the test could not be stored: %1</source>
        <translation>the end of the test could not be stored: %1</translation>
    </message>
    <message>
        <source>cannot read the public key: %1</source>
        <translation>cannot read the public key: %1</translation>
    </message>
    <message>
        <source>incomplete (%1)</source>
        <translation>incomplete (%1)</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>none (%1)</translation>
    </message>
    <message>
        <source>Lets the pupil continue a session under way on another computer or window, once (their codes alone do not open a test that has begun elsewhere).</source>
        <translation>Lets the pupil continue a session under way on another computer or window, once (their codes alone do not open a test that has begun elsewhere).</translation>
    </message>
    <message>
        <source>The sitting the candidate belongs to (needed when the code is used in several sittings).</source>
        <translation>The sitting the candidate belongs to (needed when the code is used in several sittings).</translation>
    </message>
    <message>
        <source>let a pupil continue a session on another computer</source>
        <translation>let a pupil continue a session on another computer</translation>
    </message>
    <message numerus="yes">
        <source>candidate %1: name, group and code erased; %n session(s) kept anonymously
</source>
        <translation>
            <numerusform>candidate %1: name, group and code erased; %n session kept anonymously
</numerusform>
            <numerusform>candidate %1: name, group and code erased; %n sessions kept anonymously
</numerusform>
        </translation>
    </message>
    <message>
        <source>The issuer&apos;s private key (made once by certificate create-key).</source>
        <translation>The issuer&apos;s private key (made once by certificate create-key).</translation>
    </message>
    <message>
        <source>certificate %1 (issued before, same number) written to %2
</source>
        <translation>certificate %1 (issued before, same number) written to %2
</translation>
    </message>
    <message>
        <source>participation attestation %1 (issued before, same number) written to %2
</source>
        <translation>participation attestation %1 (issued before, same number) written to %2
</translation>
    </message>
    <message>
        <source>participation attestation %1 written to %2
</source>
        <translation>participation attestation %1 written to %2
</translation>
    </message>
    <message>
        <source>not a certificate because: %1
</source>
        <translation>not a certificate because: %1
</translation>
    </message>
    <message>
        <source>Also check the register of this database: revoked documents are not valid.</source>
        <translation>Also check the register of this database: revoked documents are not valid.</translation>
    </message>
    <message>
        <source>VALID %1 %2 for %3
</source>
        <translation>VALID %1 %2 for %3
</translation>
    </message>
    <message>
        <source>  number: %1
</source>
        <translation>  number: %1
</translation>
    </message>
    <message>
        <source>  name: %1
</source>
        <translation>  name: %1
</translation>
    </message>
    <message>
        <source>  date: %1
</source>
        <translation>  date: %1
</translation>
    </message>
    <message>
        <source>  level: %1
</source>
        <translation>  level: %1
</translation>
    </message>
    <message>
        <source>  score: %1
</source>
        <translation>  score: %1
</translation>
    </message>
    <message>
        <source>  question bank: %1 (%2)
</source>
        <translation>  question bank: %1 (%2)
</translation>
    </message>
    <message>
        <source>  register: %1
</source>
        <translation>  register: %1
</translation>
    </message>
    <message>
        <source>Check that the document shows exactly this.
</source>
        <translation>Check that the document shows exactly this.
</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The issuer&apos;s private key (default: this computer&apos;s issuer key).</source>
        <translation>The issuer&apos;s private key (default: this computer&apos;s issuer key).</translation>
    </message>
    <message>
        <source>The document&apos;s number (XXXX-XXXX-XXXX).</source>
        <translation>The document&apos;s number (XXXX-XXXX-XXXX).</translation>
    </message>
    <message>
        <source>Why (required; recorded in the register and the audit log).</source>
        <translation>Why (required; recorded in the register and the audit log).</translation>
    </message>
    <message>
        <source>Revokes an issued certificate or attestation: verifiers that consult the register then refuse it.</source>
        <translation>Revokes an issued certificate or attestation: verifiers that consult the register then refuse it.</translation>
    </message>
    <message>
        <source>the document&apos;s number</source>
        <translation>the document&apos;s number</translation>
    </message>
    <message>
        <source>say why the document is revoked (--reason)</source>
        <translation>say why the document is revoked (--reason)</translation>
    </message>
    <message>
        <source>Creates the issuer&apos;s signing key, once (refused when there is one already). Publish its public key (export-key, verify-page) so that the certificates it signs can be checked.</source>
        <translation>Creates the issuer&apos;s signing key, once (refused when there is one already). Publish its public key (export-key, verify-page) so that the certificates it signs can be checked.</translation>
    </message>
    <message>
        <source>issuer key %1 created in %2 (readable by its owner only); publish its public key with &quot;certificate export-key&quot; or &quot;certificate verify-page&quot;
</source>
        <translation>issuer key %1 created in %2 (readable by its owner only); publish its public key with &quot;certificate export-key&quot; or &quot;certificate verify-page&quot;
</translation>
    </message>
    <message>
        <source>revoke an issued certificate or attestation</source>
        <translation>revoke an issued certificate or attestation</translation>
    </message>
    <message>
        <source>create the issuer&apos;s signing key, once</source>
        <translation>create the issuer&apos;s signing key, once</translation>
    </message>
    <message>
        <source>Write the long table candidate,position,item,response,score instead (for calibration; no byte order mark).</source>
        <translation>Write the long table candidate,position,item,response,score instead (for calibration; no byte order mark).</translation>
    </message>
    <message>
        <source>Language of the level names: fr or en (default: the sitting&apos;s, else the bank&apos;s).</source>
        <translation>Language of the level names: fr or en (default: the sitting&apos;s, else the bank&apos;s).</translation>
    </message>
    <message>
        <source>csv (UTF-8 with a byte order mark) or json (an array of objects).</source>
        <translation>csv (UTF-8 with a byte order mark) or json (an array of objects).</translation>
    </message>
    <message>
        <source>The CSV separator: , (default) or ; (for spreadsheets set to French, which then read decimal commas, also written).</source>
        <translation>The CSV separator: , (default) or ; (for spreadsheets set to French, which then read decimal commas, also written).</translation>
    </message>
    <message>
        <source>--format takes csv or json</source>
        <translation>--format takes csv or json</translation>
    </message>
    <message>
        <source>--separator takes , or ;</source>
        <translation>--separator takes , or ;</translation>
    </message>
    <message>
        <source>done: %1
</source>
        <translation>done: %1
</translation>
    </message>
    <message>
        <source>remaining: %1
</source>
        <translation>remaining: %1
</translation>
    </message>
    <message>
        <source>A question bank whose level names the page shows (repeatable; default: the bundled bank).</source>
        <translation>A question bank whose level names the page shows (repeatable; default: the bundled bank).</translation>
    </message>
    <message>
        <source>The file to publish beside the verification page (default revoked.js).</source>
        <translation>The file to publish beside the verification page (default revoked.js).</translation>
    </message>
    <message>
        <source>Writes the signed list of revoked document numbers, to publish beside the verification page (verify.html reads revoked.js from its own folder).</source>
        <translation>Writes the signed list of revoked document numbers, to publish beside the verification page (verify.html reads revoked.js from its own folder).</translation>
    </message>
    <message>
        <source>list of revoked numbers written to %1
</source>
        <translation>list of revoked numbers written to %1
</translation>
    </message>
    <message>
        <source>write the signed list of revoked numbers to publish</source>
        <translation>write the signed list of revoked numbers to publish</translation>
    </message>
    <message>
        <source>The largest share of tests an item may appear in (default 0.3).</source>
        <translation>The largest share of tests an item may appear in (default 0.3).</translation>
    </message>
    <message>
        <source>Simulees drawn from the prior per round (default 2000).</source>
        <translation>Simulees drawn from the prior per round (default 2000).</translation>
    </message>
    <message>
        <source>Write the parameters to the bank&apos;s %1 (otherwise only report them).</source>
        <translation>Write the parameters to the bank&apos;s %1 (otherwise only report them).</translation>
    </message>
    <message>
        <source>Computes the bank&apos;s Sympson-Hetter exposure parameters by simulation of its default test, so that no question appears in more than the target share of tests; with --write, stores them with the bank, for this version of the bank (the bank then applies them; once the bank changes, they are ignored until computed again).</source>
        <translation>Computes the bank&apos;s Sympson-Hetter exposure parameters by simulation of its default test, so that no question appears in more than the target share of tests; with --write, stores them with the bank, for this version of the bank (the bank then applies them; once the bank changes, they are ignored until computed again).</translation>
    </message>
    <message>
        <source>--target takes a rate in (0, 1], e.g. 0.3</source>
        <translation>--target takes a rate in (0, 1], e.g. 0.3</translation>
    </message>
    <message>
        <source>--simulees takes a whole number from 100 to 1000000, --seed a whole number</source>
        <translation>--simulees takes a whole number from 100 to 1000000, --seed a whole number</translation>
    </message>
    <message>
        <source>Sympson-Hetter parameters for a maximum exposure of %1: %2 after %3 rounds, largest exposure %4
</source>
        <translation>Sympson-Hetter parameters for a maximum exposure of %1: %2 after %3 rounds, largest exposure %4
</translation>
    </message>
    <message>
        <source>%1 of %2 questions are held back part of the time
</source>
        <translation>%1 of %2 questions are held back part of the time
</translation>
    </message>
    <message>
        <source>not written (--write stores them with the bank)
</source>
        <translation>not written (--write stores them with the bank)
</translation>
    </message>
    <message>
        <source>the parameters did not converge to the target %1: not written (try a higher target or more simulees)</source>
        <translation>the parameters did not converge to the target %1: not written (try a higher target or more simulees)</translation>
    </message>
    <message>
        <source>written to %1
</source>
        <translation>written to %1
</translation>
    </message>
    <message>
        <source>compute and store the bank&apos;s exposure control</source>
        <translation>compute and store the bank&apos;s exposure control</translation>
    </message>
    <message>
        <source>Estimates each person&apos;s ability; writes person,theta,se,rule as CSV to standard output.
The rule column says how theta was obtained:
  root          a root of the ML, MAP or WLE equation inside the range
  bound         the bound of the range that catR returns (--catr-compatible)
  eap           the EAP estimate (--estimator eap)
  eap-fallback  no interior maximum: the EAP estimate is reported instead</source>
        <translation>Estimates each person&apos;s ability; writes person,theta,se,rule as CSV to standard output.
The rule column says how theta was obtained:
  root          a root of the ML, MAP or WLE equation inside the range
  bound         the bound of the range that catR returns (--catr-compatible)
  eap           the EAP estimate (--estimator eap)
  eap-fallback  no interior maximum: the EAP estimate is reported instead</translation>
    </message>
    <message>
        <source>levels stated: %1% alone, %2% as two adjacent levels, %3% none
</source>
        <translation>levels stated: %1% alone, %2% as two adjacent levels, %3% none
</translation>
    </message>
    <message>
        <source>level alone and right: %1%; true level within what is stated: %2%
</source>
        <translation>level alone and right: %1%; true level within what is stated: %2%
</translation>
    </message>
    <message>
        <source>Rudner&apos;s expected classification accuracy %1, consistency %2
</source>
        <translation>Rudner&apos;s expected classification accuracy %1, consistency %2
</translation>
    </message>
    <message>
        <source>%1% interval coverage: %2%
</source>
        <translation>%1% interval coverage: %2%
</translation>
    </message>
    <message>
        <source>certificates: %1% (%2% of them state a level above the true one)
</source>
        <translation>certificates: %1% (%2% of them state a level above the true one)
</translation>
    </message>
    <message>
        <source>answers flagged (person fit): %1%
</source>
        <translation>answers flagged (person fit): %1%
</translation>
    </message>
    <message>
        <source>by true theta:
</source>
        <translation>by true theta:
</translation>
    </message>
    <message>
        <source>theta</source>
        <translation>theta</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>rmse</source>
        <translation>rmse</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>cover</translation>
    </message>
    <message>
        <source>se-ok</source>
        <translation>se-ok</translation>
    </message>
    <message>
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>stated</translation>
    </message>
    <message>
        <source>rudner</source>
        <translation>rudner</translation>
    </message>
    <message>
        <source>cert</source>
        <translation>cert</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>flag</translation>
    </message>
    <message>
        <source>How the simulees answer: model (as the IRT model gives for their true theta), random (a random option, random ticks, a random order) or first (always the first option shown). Needs a YAML bank for random and first.</source>
        <translation>How the simulees answer: model (as the IRT model gives for their true theta), random (a random option, random ticks, a random order) or first (always the first option shown). Needs a YAML bank for random and first.</translation>
    </message>
    <message>
        <source>--answers takes model, random or first, not &quot;%1&quot;</source>
        <translation>--answers takes model, random or first, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--answers %1 needs a bank with its questions (a YAML bank), and no --replay</source>
        <translation>--answers %1 needs a bank with its questions (a YAML bank), and no --replay</translation>
    </message>
    <message>
        <source>answers: %1
</source>
        <translation>answers: %1
</translation>
    </message>
    <message>
        <source>When the test stops, after the minimum: classification (once the level is clear, for certification) or precision (once the standard error reaches its target). Default: the bank&apos;s.</source>
        <translation>When the test stops, after the minimum: classification (once the level is clear, for certification) or precision (once the standard error reaches its target). Default: the bank&apos;s.</translation>
    </message>
    <message>
        <source>--stop takes classification or precision, not &quot;%1&quot;</source>
        <translation>--stop takes classification or precision, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>How the simulated candidate answers: model (as the IRT model gives for --simulate-theta), random (a random option, random ticks, a random order) or first (always the first option shown).</source>
        <translation>How the simulated candidate answers: model (as the IRT model gives for --simulate-theta), random (a random option, random ticks, a random order) or first (always the first option shown).</translation>
    </message>
    <message>
        <source>The time the simulated candidate takes per question, on the session&apos;s clock (it does not wait); 0: the real time taken.</source>
        <translation>The time the simulated candidate takes per question, on the session&apos;s clock (it does not wait); 0: the real time taken.</translation>
    </message>
    <message>
        <source>--answer-seconds takes a number of seconds from 0 to 3600</source>
        <translation>--answer-seconds takes a number of seconds from 0 to 3600</translation>
    </message>
    <message>
        <source> - check: %1</source>
        <translation> - check: %1</translation>
    </message>
    <message>
        <source>level probability %1; %2
</source>
        <translation>level probability %1; %2
</translation>
    </message>
    <message>
        <source>--sympson-hetter takes yes or no</source>
        <translation>--sympson-hetter takes yes or no</translation>
    </message>
    <message>
        <source>--max-partial-credit takes a whole number (0: no limit)</source>
        <translation>--max-partial-credit takes a whole number (0: no limit)</translation>
    </message>
    <message>
        <source>PRMSE of each area&apos;s own answers: %1; of the overall result for an area: %2 (dimension correlation %3); a profile shown for %4%
</source>
        <translation>PRMSE of each area&apos;s own answers: %1; of the overall result for an area: %2 (dimension correlation %3); a profile shown for %4%
</translation>
    </message>
    <message>
        <source>classification (stop once the level is clear, at the bank&apos;s level_confidence) or precision (once the SE reaches --se-target, else 0.35); default: the bank&apos;s.</source>
        <translation>classification (stop once the level is clear, at the bank&apos;s level_confidence) or precision (once the SE reaches --se-target, else 0.35); default: the bank&apos;s.</translation>
    </message>
    <message>
        <source>yes or no: apply the bank&apos;s Sympson-Hetter exposure parameters (default: the bank&apos;s).</source>
        <translation>yes or no: apply the bank&apos;s Sympson-Hetter exposure parameters (default: the bank&apos;s).</translation>
    </message>
    <message>
        <source>At most this many partial-credit questions per test, 0: no limit (default: the bank&apos;s).</source>
        <translation>At most this many partial-credit questions per test, 0: no limit (default: the bank&apos;s).</translation>
    </message>
    <message>
        <source>test overlap rate: %1; operational items never given: %2; partial-credit share of the items given: %3
</source>
        <translation>test overlap rate: %1; operational items never given: %2; partial-credit share of the items given: %3
</translation>
    </message>
    <message>
        <source>Exports a sitting&apos;s results, one row per session: the candidate (and their name when the sitting asked for it), the level by its name and its id, overall and per area (empty: not enough answers for a level, see complete and stop_reason; an area shows a level only when it adds to the overall one), or_level when the answers cannot tell two adjacent levels apart, level_probability (that what is stated is right), answers_check (flagged: answers that look random or came faster than reading; random_log_ratio, rapid_answers), θ and SE to 2 decimals, scores as whole numbers (score_low or score_high empty: the interval is open at that end, beyond what the test measures), local times with their offset from UTC. Text that a spreadsheet would run as a formula starts with &apos;.</source>
        <translation>Exports a sitting&apos;s results, one row per session: the candidate (and their name when the sitting asked for it), the level by its name and its id, overall and per area (empty: not enough answers for a level, see complete and stop_reason; an area shows a level only when it adds to the overall one), or_level when the answers cannot tell two adjacent levels apart, level_probability (that what is stated is right), answers_check (flagged: answers that look random or came faster than reading; random_log_ratio, rapid_answers), θ and SE to 2 decimals, scores as whole numbers (score_low or score_high empty: the interval is open at that end, beyond what the test measures), local times with their offset from UTC. Text that a spreadsheet would run as a formula starts with &apos;.</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1:1: the header must be person followed by item ids</source>
        <translation>%1:1: the header must be person followed by item ids</translation>
    </message>
    <message>
        <source>The bank the items belong to (a folder or a parameter CSV): its parameters are the starting values and the anchors&apos; values. Without it, the items are the matrix&apos;s columns.</source>
        <translation>The bank the items belong to (a folder or a parameter CSV): its parameters are the starting values and the anchors&apos; values. Without it, the items are the matrix&apos;s columns.</translation>
    </message>
    <message>
        <source>3PL: estimate (with a Beta(5,17) prior, the default), free (no prior) or chance (fixed at what answering at random gives; needs a bank folder).</source>
        <translation>3PL: estimate (with a Beta(5,17) prior, the default), free (no prior) or chance (fixed at what answering at random gives; needs a bank folder).</translation>
    </message>
    <message>
        <source>operational: the bank&apos;s operational items keep their parameters (anchors) and only the others are estimated, on their scale.</source>
        <translation>operational: the bank&apos;s operational items keep their parameters (anchors) and only the others are estimated, on their scale.</translation>
    </message>
    <message>
        <source>At most this many EM cycles (default 2000).</source>
        <translation>At most this many EM cycles (default 2000).</translation>
    </message>
    <message>
        <source>Converged when no parameter (slope, intercept, logit of c) moves more than this in a cycle (default 1e-5; mirt&apos;s TOL is 1e-4).</source>
        <translation>Converged when no parameter (slope, intercept, logit of c) moves more than this in a cycle (default 1e-5; mirt&apos;s TOL is 1e-4).</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core). Results do not depend on it.</source>
        <translation>Worker threads (default: one per core). Results do not depend on it.</translation>
    </message>
    <message>
        <source>Estimates item parameters from responses by marginal maximum likelihood (EM, 61 quadrature points on [-6, 6], N(0,1)); prints a summary, then the parameters.</source>
        <translation>Estimates item parameters from responses by marginal maximum likelihood (EM, 61 quadrature points on [-6, 6], N(0,1)); prints a summary, then the parameters.</translation>
    </message>
    <message>
        <source>--model takes 1PL, 2PL or 3PL</source>
        <translation>--model takes 1PL, 2PL or 3PL</translation>
    </message>
    <message>
        <source>--guessing takes estimate, free or chance</source>
        <translation>--guessing takes estimate, free or chance</translation>
    </message>
    <message>
        <source>--max-cycles and --threads take whole numbers</source>
        <translation>--max-cycles and --threads take whole numbers</translation>
    </message>
    <message>
        <source>--guessing chance needs a bank folder, whose questions give the chance</source>
        <translation>--guessing chance needs a bank folder, whose questions give the chance</translation>
    </message>
    <message>
        <source>--fixed needs the --bank whose operational items are the anchors</source>
        <translation>--fixed needs the --bank whose operational items are the anchors</translation>
    </message>
    <message>
        <source>--tolerance takes a small positive number, e.g. 1e-5</source>
        <translation>--tolerance takes a small positive number, e.g. 1e-5</translation>
    </message>
    <message>
        <source>EM: %1 after %2 cycles; log-likelihood %3
</source>
        <translation>EM: %1 after %2 cycles; log-likelihood %3
</translation>
    </message>
    <message>
        <source>NOT converged</source>
        <translation>NOT converged</translation>
    </message>
    <message>
        <source>estimation %1 s; whole command %2 s
</source>
        <translation>estimation %1 s; whole command %2 s
</translation>
    </message>
    <message>
        <source>1PL, 2PL or 3PL for the right/wrong items (default 2PL).</source>
        <translation>1PL, 2PL or 3PL for the right/wrong items (default 2PL).</translation>
    </message>
    <message>
        <source>GPCM or GRM for the partial-credit items: those the bank models so, whose scoring gives partial credit, or with scores above 1 in the data (default: the bank&apos;s model, else GPCM).</source>
        <translation>GPCM or GRM for the partial-credit items: those the bank models so, whose scoring gives partial credit, or with scores above 1 in the data (default: the bank&apos;s model, else GPCM).</translation>
    </message>
    <message>
        <source>--partial takes GPCM or GRM</source>
        <translation>--partial takes GPCM or GRM</translation>
    </message>
    <message>
        <source>persons: %1; items: %2 (%3 estimated, %4 anchors); model: %5</source>
        <translation>persons: %1; items: %2 (%3 estimated, %4 anchors); model: %5</translation>
    </message>
    <message numerus="yes">
        <source>, GPCM or GRM for %n partial-credit item(s)</source>
        <translation>
            <numerusform>, GPCM or GRM for %n partial-credit item</numerusform>
            <numerusform>, GPCM or GRM for %n partial-credit items</numerusform>
        </translation>
    </message>
    <message>
        <source>ability distribution on the anchors&apos; scale: mean %1, standard deviation %2
</source>
        <translation>ability distribution on the anchors&apos; scale: mean %1, standard deviation %2
</translation>
    </message>
    <message>
        <source>Response matrix CSV: header person then item ids; one row per person; scores in the cells, empty = not administered. Or the long form that results export --responses writes (needs --bank).</source>
        <translation>Response matrix CSV: header person then item ids; one row per person; scores in the cells, empty = not administered. Or the long form that results export --responses writes (needs --bank).</translation>
    </message>
    <message>
        <source>Take the responses of this sitting&apos;s sessions from the database (repeatable; needs --bank, the sitting&apos;s bank).</source>
        <translation>Take the responses of this sitting&apos;s sessions from the database (repeatable; needs --bank, the sitting&apos;s bank).</translation>
    </message>
    <message>
        <source>give either --responses or --sitting</source>
        <translation>give either --responses or --sitting</translation>
    </message>
    <message>
        <source>--sitting needs --bank, the sitting&apos;s bank</source>
        <translation>--sitting needs --bank, the sitting&apos;s bank</translation>
    </message>
    <message>
        <source>the long form of the responses needs --bank</source>
        <translation>the long form of the responses needs --bank</translation>
    </message>
    <message>
        <source>no responses to calibrate from</source>
        <translation>no responses to calibrate from</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) nobody answered, left out (empty rows in the parameters)
</source>
        <translation>
            <numerusform>%n item nobody answered, left out (empty rows in the parameters)
</numerusform>
            <numerusform>%n items nobody answered, left out (empty rows in the parameters)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Also compute the parameters&apos; standard errors (observed information by Oakes&apos; identity; two E-steps per parameter), written in the columns se_a, se_b, se_c and se_steps.</source>
        <translation>Also compute the parameters&apos; standard errors (observed information by Oakes&apos; identity; two E-steps per parameter), written in the columns se_a, se_b, se_c and se_steps.</translation>
    </message>
    <message>
        <source>Write the estimated parameters into the bank&apos;s item files (only the irt: lines change) and raise the bank&apos;s version. Needs a bank folder.</source>
        <translation>Write the estimated parameters into the bank&apos;s item files (only the irt: lines change) and raise the bank&apos;s version. Needs a bank folder.</translation>
    </message>
    <message>
        <source>item fit: %1 item(s) with an RMSD above %2 (misfit); %3 with fewer responses than their model needs (200 for 1PL, 500 for 2PL and partial credit, 1000 for 3PL)
</source>
        <translation>item fit: %1 item(s) with an RMSD above %2 (misfit); %3 with fewer responses than their model needs (200 for 1PL, 500 for 2PL and partial credit, 1000 for 3PL)
</translation>
    </message>
    <message>
        <source>  %1 and %2: Q3 %3 (%4 persons)
</source>
        <translation>  %1 and %2: Q3 %3 (%4 persons)
</translation>
    </message>
    <message>
        <source>Skip the item analysis (fit, local dependence, statistics): the estimation alone, as mirt&apos;s fit.</source>
        <translation>Skip the item analysis (fit, local dependence, statistics): the estimation alone, as mirt&apos;s fit.</translation>
    </message>
    <message>
        <source>item analysis %1 s
</source>
        <translation>item analysis %1 s
</translation>
    </message>
    <message>
        <source>--fixed takes operational</source>
        <translation>--fixed takes operational</translation>
    </message>
    <message>
        <source>standard errors: not available (the information matrix is not positive definite: some item is at a bound of its parameters, or the data cannot tell its parameters apart)
</source>
        <translation>standard errors: not available (the information matrix is not positive definite: some item is at a bound of its parameters, or the data cannot tell its parameters apart)
</translation>
    </message>
    <message>
        <source>aicet-cli calibrate: EM did not converge: nothing written into the bank
</source>
        <translation>aicet-cli calibrate: EM did not converge: nothing written into the bank
</translation>
    </message>
    <message>
        <source>%1:1: expected the header candidate,position,item,response,score</source>
        <translation>%1:1: expected the header candidate,position,item,response,score</translation>
    </message>
    <message>
        <source>expected candidate,position,item,response,score</source>
        <translation>expected candidate,position,item,response,score</translation>
    </message>
    <message>
        <source>%1:1: expected the header person,group</source>
        <translation>%1:1: expected the header person,group</translation>
    </message>
    <message>
        <source>expected person,group</source>
        <translation>expected person,group</translation>
    </message>
    <message>
        <source>the default database</source>
        <translation>the default database</translation>
    </message>
    <message>
        <source>A CSV person,group giving each person of the responses their group (e.g. their year group), for --dif group.</source>
        <translation>A CSV person,group giving each person of the responses their group (e.g. their year group), for --dif group.</translation>
    </message>
    <message>
        <source>Write the report into this folder (created if needed): parameters.csv (one row per item: id, model, a, b, c, d, steps ;-separated for GRM and GPCM, standard errors, statistics, flags), dif.csv (every DIF comparison) and report.html (the readable report). Without it the parameters go to the standard output.</source>
        <translation>Write the report into this folder (created if needed): parameters.csv (one row per item: id, model, a, b, c, d, steps ;-separated for GRM and GPCM, standard errors, statistics, flags), dif.csv (every DIF comparison) and report.html (the readable report). Without it the parameters go to the standard output.</translation>
    </message>
    <message>
        <source>sitting(s) %1 of %2</source>
        <translation>sitting(s) %1 of %2</translation>
    </message>
    <message>
        <source>S-X2: %1 of %2 item(s) misfit (p &lt; %3)
</source>
        <translation>S-X2: %1 of %2 item(s) misfit (p &lt; %3)
</translation>
    </message>
    <message>
        <source>S-X2: not computed (the data are not complete: it needs every person to answer every item)
</source>
        <translation>S-X2: not computed (the data are not complete: it needs every person to answer every item)
</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>areas: abilities correlated %1 on average (lowest %2, corrected for measurement error): %3; the bank states %4
</source>
        <translation>areas: abilities correlated %1 on average (lowest %2, corrected for measurement error): %3; the bank states %4
</translation>
    </message>
    <message>
        <source>one ability</source>
        <translation>one ability</translation>
    </message>
    <message>
        <source>distinct abilities</source>
        <translation>distinct abilities</translation>
    </message>
    <message>
        <source>The bank folder (or parameter CSV) whose operational items anchor the pilot.</source>
        <translation>The bank folder (or parameter CSV) whose operational items anchor the pilot.</translation>
    </message>
    <message>
        <source>Numbers of pupils to study, separated by commas (default 250,500,1000,2000).</source>
        <translation>Numbers of pupils to study, separated by commas (default 250,500,1000,2000).</translation>
    </message>
    <message>
        <source>Maximum number of scored items of the test (default: the bank&apos;s maximum).</source>
        <translation>Maximum number of scored items of the test (default: the bank&apos;s maximum).</translation>
    </message>
    <message>
        <source>Study this many new pilot items drawn like the bank&apos;s operational items (their parameters), instead of the bank&apos;s pilot items (default when the bank has none: 4 per pilot slot).</source>
        <translation>Study this many new pilot items drawn like the bank&apos;s operational items (their parameters), instead of the bank&apos;s pilot items (default when the bank has none: 4 per pilot slot).</translation>
    </message>
    <message>
        <source>Replications per number of pupils (default 10).</source>
        <translation>Replications per number of pupils (default 10).</translation>
    </message>
    <message>
        <source>Seed of the study (default 1).</source>
        <translation>Seed of the study (default 1).</translation>
    </message>
    <message>
        <source>Largest acceptable RMSE of the slopes a (default 0.25).</source>
        <translation>Largest acceptable RMSE of the slopes a (default 0.25).</translation>
    </message>
    <message>
        <source>Largest acceptable RMSE of the difficulties b and of the partial-credit steps (default 0.25).</source>
        <translation>Largest acceptable RMSE of the difficulties b and of the partial-credit steps (default 0.25).</translation>
    </message>
    <message>
        <source>Also report the mean standard error of the estimates (several times slower).</source>
        <translation>Also report the mean standard error of the estimates (several times slower).</translation>
    </message>
    <message>
        <source>Also write the table as CSV to this file.</source>
        <translation>Also write the table as CSV to this file.</translation>
    </message>
    <message>
        <source>Pilot planning study: pupils drawn from N(0,1) take the adaptive test with pilot items at the pilot slots; the pilot items are calibrated with the operational items anchored, as calibrate --fixed operational does; prints how well their parameters are recovered for each number of pupils and the smallest number that reaches the targets.</source>
        <translation>Pilot planning study: pupils drawn from N(0,1) take the adaptive test with pilot items at the pilot slots; the pilot items are calibrated with the operational items anchored, as calibrate --fixed operational does; prints how well their parameters are recovered for each number of pupils and the smallest number that reaches the targets.</translation>
    </message>
    <message>
        <source>--pupils takes whole numbers from 1 to 100000 separated by commas (got &quot;%1&quot;)</source>
        <translation>--pupils takes whole numbers from 1 to 100000 separated by commas (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--replications takes a whole number from 1 to 1000</source>
        <translation>--replications takes a whole number from 1 to 1000</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>--seed takes a whole number</translation>
    </message>
    <message>
        <source>--threads takes a whole number from 0 to 256</source>
        <translation>--threads takes a whole number from 0 to 256</translation>
    </message>
    <message>
        <source>--%1 takes a positive number, e.g. 0.25</source>
        <translation>--%1 takes a positive number, e.g. 0.25</translation>
    </message>
    <message>
        <source>--pilot-items-per-test takes a whole number from 1 to 100</source>
        <translation>--pilot-items-per-test takes a whole number from 1 to 100</translation>
    </message>
    <message>
        <source>--items-per-pupil takes a whole number from 1 to 1000</source>
        <translation>--items-per-pupil takes a whole number from 1 to 1000</translation>
    </message>
    <message>
        <source>--synthetic-pilot-items takes a whole number from 1 to 10000</source>
        <translation>--synthetic-pilot-items takes a whole number from 1 to 10000</translation>
    </message>
    <message>
        <source>bank: %1 (%2 operational items, the anchors)
</source>
        <translation>bank: %1 (%2 operational items, the anchors)
</translation>
    </message>
    <message>
        <source>test: %1 to %2 scored items, %3 selection; pilot slots at positions %4
</source>
        <translation>test: %1 to %2 scored items, %3 selection; pilot slots at positions %4
</translation>
    </message>
    <message>
        <source>pilot items: %1, %2 of them partial credit</source>
        <translation>pilot items: %1, %2 of them partial credit</translation>
    </message>
    <message>
        <source>pupils: theta from N(0,1), %1 replications, seed %2; calibration: operational items anchored, right/wrong pilot items 2PL (3PL with c fixed when they have a chance floor), partial-credit ones in their model
</source>
        <translation>pupils: theta from N(0,1), %1 replications, seed %2; calibration: operational items anchored, right/wrong pilot items 2PL (3PL with c fixed when they have a chance floor), partial-credit ones in their model
</translation>
    </message>
    <message>
        <source>pupils</source>
        <translation>pupils</translation>
    </message>
    <message>
        <source>responses/item</source>
        <translation>responses/item</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>test length</source>
        <translation>test length</translation>
    </message>
    <message>
        <source>calibrated</source>
        <translation>calibrated</translation>
    </message>
    <message>
        <source>RMSE a</source>
        <translation>RMSE a</translation>
    </message>
    <message>
        <source>bias a</source>
        <translation>bias a</translation>
    </message>
    <message>
        <source>RMSE b</source>
        <translation>RMSE b</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>bias b</translation>
    </message>
    <message>
        <source>RMSE steps</source>
        <translation>RMSE steps</translation>
    </message>
    <message>
        <source>b within %1</source>
        <translation>b within %1</translation>
    </message>
    <message>
        <source>SE a</source>
        <translation>SE a</translation>
    </message>
    <message>
        <source>SE b</source>
        <translation>SE b</translation>
    </message>
    <message>
        <source>SE steps</source>
        <translation>SE steps</translation>
    </message>
    <message>
        <source>%1 pupils: %2 of %3 calibrations refused, for example: %4
</source>
        <translation>%1 pupils: %2 of %3 calibrations refused, for example: %4
</translation>
    </message>
    <message>
        <source>targets: RMSE of a at most %1, of b and of the steps at most %2, every calibration converged
</source>
        <translation>targets: RMSE of a at most %1, of b and of the steps at most %2, every calibration converged
</translation>
    </message>
    <message>
        <source>recommendation: %1 pupils (about %2 responses per pilot item) with this design
</source>
        <translation>recommendation: %1 pupils (about %2 responses per pilot item) with this design
</translation>
    </message>
    <message>
        <source>recommendation: none of the numbers of pupils studied reaches the targets; study larger numbers (--pupils), or give each pilot item more responses (more pilot slots per test, fewer pilot items)
</source>
        <translation>recommendation: none of the numbers of pupils studied reaches the targets; study larger numbers (--pupils), or give each pilot item more responses (more pilot slots per test, fewer pilot items)
</translation>
    </message>
    <message>
        <source>time: %1 s
</source>
        <translation>time: %1 s
</translation>
    </message>
    <message>
        <source>Look for differential item functioning between groups of answers: language (the language each item was shown in; the default), group (the pupils&apos; groups as registered, or --groups), language,group for both, or none to skip it.</source>
        <translation>Look for differential item functioning between groups of answers: language (the language each item was shown in; the default), group (the pupils&apos; groups as registered, or --groups), language,group for both, or none to skip it.</translation>
    </message>
    <message>
        <source>--dif takes language, group, language,group (both) or none</source>
        <translation>--dif takes language, group, language,group (both) or none</translation>
    </message>
    <message>
        <source>DIF by %1 (reference %2): %3 comparison(s) judged; %4 B (slight), %5 C (large)
</source>
        <translation>DIF by %1 (reference %2): %3 comparison(s) judged; %4 B (slight), %5 C (large)
</translation>
    </message>
    <message>
        <source>DIF by %1 (reference %2): %3 comparison(s) judged; %4 B (slight), %5 C (large): %6
</source>
        <translation>DIF by %1 (reference %2): %3 comparison(s) judged; %4 B (slight), %5 C (large): %6
</translation>
    </message>
    <message>
        <source>Pilot items each pupil answers (pilot slots per test), spread over the test (default: the bank&apos;s pilot positions, else 5).</source>
        <translation>Pilot items each pupil answers (pilot slots per test), spread over the test (default: the bank&apos;s pilot positions, else 5).</translation>
    </message>
    <message>
        <source>pilot items: %1, %2 of them partial credit; their parameters are those of operational items drawn at random for each replication</source>
        <translation>pilot items: %1, %2 of them partial credit; their parameters are those of operational items drawn at random for each replication</translation>
    </message>
    <message>
        <source>pilot items: %1, %2 of them partial credit; %3 without parameters are given those of operational items drawn at random for each replication</source>
        <translation>pilot items: %1, %2 of them partial credit; %3 without parameters are given those of operational items drawn at random for each replication</translation>
    </message>
    <message>
        <source>local dependence: mean Q3 %1; %2 pair(s) more than %3 above it
</source>
        <translation>local dependence: mean Q3 %1; %2 pair(s) more than %3 above it
</translation>
    </message>
    <message>
        <source>local dependence: mean Q3 %1; %2 pair(s) more than %3 above it:
</source>
        <translation>local dependence: mean Q3 %1; %2 pair(s) more than %3 above it:
</translation>
    </message>
    <message>
        <source>options: %1 choice item(s) analysed; %2 whose right option does not rise with ability or whose wrong option draws the strongest pupils
</source>
        <translation>options: %1 choice item(s) analysed; %2 whose right option does not rise with ability or whose wrong option draws the strongest pupils
</translation>
    </message>
    <message>
        <source>report written into %1 (%2)
</source>
        <translation>report written into %1 (%2)
</translation>
    </message>
    <message>
        <source>%1: no person of the responses has a group in this file (it names them in its first column, person)</source>
        <translation>%1: no person of the responses has a group in this file (it names them in its first column, person)</translation>
    </message>
    <message>
        <source>--out names a folder (parameters.csv, report.html and the other files are written in it), not a CSV file</source>
        <translation>--out names a folder (parameters.csv, report.html and the other files are written in it), not a CSV file</translation>
    </message>
    <message>
        <source>--dif group needs --groups G.csv (person,group) for a response matrix</source>
        <translation>--dif group needs --groups G.csv (person,group) for a response matrix</translation>
    </message>
    <message>
        <source>%1 of %2 persons have no group in %3: left out of the DIF by group
</source>
        <translation>%1 of %2 persons have no group in %3: left out of the DIF by group
</translation>
    </message>
    <message>
        <source>DIF by %1: not judged (%2)
</source>
        <translation>DIF by %1: not judged (%2)
</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <source>aicet-cli staff: the two passwords differ: nothing changed
</source>
        <translation>aicet-cli staff: the two passwords differ: nothing changed
</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Password of %1: </translation>
    </message>
    <message>
        <source>aicet-cli staff: no password given for %1
</source>
        <translation>aicet-cli staff: no password given for %1
</translation>
    </message>
    <message>
        <source>The staff account acting (its password is asked first).</source>
        <translation>The staff account acting (its password is asked first).</translation>
    </message>
    <message>
        <source>The administrator&apos;s name.</source>
        <translation>The administrator&apos;s name.</translation>
    </message>
    <message>
        <source>Creates the first administrator of a database that has no staff account yet; the password is asked (twice on a terminal, or read from the standard input).</source>
        <translation>Creates the first administrator of a database that has no staff account yet; the password is asked (twice on a terminal, or read from the standard input).</translation>
    </message>
    <message>
        <source>give the administrator&apos;s --name</source>
        <translation>give the administrator&apos;s --name</translation>
    </message>
    <message>
        <source>The new account&apos;s name.</source>
        <translation>The new account&apos;s name.</translation>
    </message>
    <message>
        <source>teacher, trainer or administrator (default teacher).</source>
        <translation>teacher, trainer or administrator (default teacher).</translation>
    </message>
    <message>
        <source>An administrator adds a staff account: the administrator&apos;s password is asked, then the new account&apos;s (one per line from the standard input when it is not a terminal).</source>
        <translation>An administrator adds a staff account: the administrator&apos;s password is asked, then the new account&apos;s (one per line from the standard input when it is not a terminal).</translation>
    </message>
    <message>
        <source>give --as, --name and a --role among teacher, trainer, administrator</source>
        <translation>give --as, --name and a --role among teacher, trainer, administrator</translation>
    </message>
    <message>
        <source>Lists the staff accounts (name, role, created, state); an administrator&apos;s password is asked.</source>
        <translation>Lists the staff accounts (name, role, created, state); an administrator&apos;s password is asked.</translation>
    </message>
    <message>
        <source>give --as, an administrator</source>
        <translation>give --as, an administrator</translation>
    </message>
    <message>
        <source>only an administrator lists the staff accounts</source>
        <translation>only an administrator lists the staff accounts</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message numerus="yes">
        <source>waiting after %n wrong password(s)</source>
        <translation>
            <numerusform>waiting after %n wrong password</numerusform>
            <numerusform>waiting after %n wrong passwords</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Whose password (default: the --as account&apos;s own).</source>
        <translation>Whose password (default: the --as account&apos;s own).</translation>
    </message>
    <message>
        <source>Changes a password: the account&apos;s own (its current password is asked), or another&apos;s by an administrator.</source>
        <translation>Changes a password: the account&apos;s own (its current password is asked), or another&apos;s by an administrator.</translation>
    </message>
    <message>
        <source>give --as, the account acting</source>
        <translation>give --as, the account acting</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>The account.</translation>
    </message>
    <message>
        <source>An administrator disables an account: it can no longer sign in (nothing is deleted).</source>
        <translation>An administrator disables an account: it can no longer sign in (nothing is deleted).</translation>
    </message>
    <message>
        <source>An administrator enables a disabled account again.</source>
        <translation>An administrator enables a disabled account again.</translation>
    </message>
    <message>
        <source>give --as and --name</source>
        <translation>give --as and --name</translation>
    </message>
    <message>
        <source>create the first administrator of a database</source>
        <translation>create the first administrator of a database</translation>
    </message>
    <message>
        <source>add a staff account (an administrator)</source>
        <translation>add a staff account (an administrator)</translation>
    </message>
    <message>
        <source>list the staff accounts (an administrator)</source>
        <translation>list the staff accounts (an administrator)</translation>
    </message>
    <message>
        <source>change a password</source>
        <translation>change a password</translation>
    </message>
    <message>
        <source>disable an account (an administrator)</source>
        <translation>disable an account (an administrator)</translation>
    </message>
    <message>
        <source>enable a disabled account (an administrator)</source>
        <translation>enable a disabled account (an administrator)</translation>
    </message>
    <message>
        <source>no class named &quot;%1&quot; (the classes are: %2)</source>
        <translation>no class named &quot;%1&quot; (the classes are: %2)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>The class of the rows that name none (or of the whole file).</source>
        <translation>The class of the rows that name none (or of the whole file).</translation>
    </message>
    <message>
        <source>Show how the file is read and what would be imported; store nothing.</source>
        <translation>Show how the file is read and what would be imported; store nothing.</translation>
    </message>
    <message>
        <source>The column&apos;s number (1 for the first; 0: none), instead of the one found by its name in the header.</source>
        <translation>The column&apos;s number (1 for the first; 0: none), instead of the one found by its name in the header.</translation>
    </message>
    <message>
        <source>The class list (CSV with a header row).</source>
        <translation>The class list (CSV with a header row).</translation>
    </message>
    <message>
        <source>Imports a class list as school systems export it (UTF-8 or Windows-1252, comma or semicolon, a header row: last name, first name, class, optional identifier); each pupil gets a personal code. Rows with a problem (an empty name, a pupil already there or twice in the file) are shown and left out.</source>
        <translation>Imports a class list as school systems export it (UTF-8 or Windows-1252, comma or semicolon, a header row: last name, first name, class, optional identifier); each pupil gets a personal code. Rows with a problem (an empty name, a pupil already there or twice in the file) are shown and left out.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>give --as, the teacher (or administrator) importing</source>
        <translation>give --as, the teacher (or administrator) importing</translation>
    </message>
    <message>
        <source>--%1 takes a column number from 0 to %2</source>
        <translation>--%1 takes a column number from 0 to %2</translation>
    </message>
    <message>
        <source>the columns of the last and first names are not found in the header (%1): give --last-name-column and --first-name-column</source>
        <translation>the columns of the last and first names are not found in the header (%1): give --last-name-column and --first-name-column</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>read as %1, columns separated by &quot;%2&quot;; last name: %3, first name: %4, class: %5, identifier: %6
</source>
        <translation>read as %1, columns separated by &quot;%2&quot;; last name: %3, first name: %4, class: %5, identifier: %6
</translation>
    </message>
    <message>
        <source>  line %1 (%2 %3): %4
</source>
        <translation>  line %1 (%2 %3): %4
</translation>
    </message>
    <message>
        <source>%1 row(s): %2 to import, %3 with a problem
</source>
        <translation>%1 row(s): %2 to import, %3 with a problem
</translation>
    </message>
    <message>
        <source>preview only: nothing stored
</source>
        <translation>preview only: nothing stored
</translation>
    </message>
    <message>
        <source>print the pupils&apos; code slips with: aicet-cli class slips --class NAME --out slips.pdf
</source>
        <translation>print the pupils&apos; code slips with: aicet-cli class slips --class NAME --out slips.pdf
</translation>
    </message>
    <message>
        <source>Lists the classes (a teacher&apos;s own; all for an administrator).</source>
        <translation>Lists the classes (a teacher&apos;s own; all for an administrator).</translation>
    </message>
    <message>
        <source>give --as, the staff account</source>
        <translation>give --as, the staff account</translation>
    </message>
    <message numerus="yes">
        <source>%1	%n pupil(s)
</source>
        <translation>
            <numerusform>%1	%n pupil
</numerusform>
            <numerusform>%1	%n pupils
</numerusform>
        </translation>
    </message>
    <message>
        <source>The class.</source>
        <translation>The class.</translation>
    </message>
    <message>
        <source>Lists a class&apos;s pupils with their personal codes (last name, first name, identifier, code).</source>
        <translation>Lists a class&apos;s pupils with their personal codes (last name, first name, identifier, code).</translation>
    </message>
    <message>
        <source>give --as and --class</source>
        <translation>give --as and --class</translation>
    </message>
    <message>
        <source>The test&apos;s code to print on every slip (optional).</source>
        <translation>The test&apos;s code to print on every slip (optional).</translation>
    </message>
    <message>
        <source>fr or en (default: fr).</source>
        <translation>fr or en (default: fr).</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>The PDF to write.</translation>
    </message>
    <message>
        <source>Writes a class&apos;s code slips (A4 PDF, ten per page with lines to cut along): each pupil&apos;s name, class, the test&apos;s code if given, and their personal code.</source>
        <translation>Writes a class&apos;s code slips (A4 PDF, ten per page with lines to cut along): each pupil&apos;s name, class, the test&apos;s code if given, and their personal code.</translation>
    </message>
    <message>
        <source>give --as, --class and --out</source>
        <translation>give --as, --class and --out</translation>
    </message>
    <message>
        <source>--language takes fr or en</source>
        <translation>--language takes fr or en</translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s) written to %1
</source>
        <translation>
            <numerusform>%n slip written to %1
</numerusform>
            <numerusform>%n slips written to %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>import a class list (CSV), with a preview</source>
        <translation>import a class list (CSV), with a preview</translation>
    </message>
    <message>
        <source>list the classes</source>
        <translation>list the classes</translation>
    </message>
    <message>
        <source>a class&apos;s pupils and their codes</source>
        <translation>a class&apos;s pupils and their codes</translation>
    </message>
    <message>
        <source>print a class&apos;s code slips (PDF)</source>
        <translation>print a class&apos;s code slips (PDF)</translation>
    </message>
    <message>
        <source>Usage: aicet-cli &lt;command&gt; [options]

Commands:
  bank       validate a bank folder, or show its statistics
  score      estimate the ability of each person in a response matrix
  calibrate  estimate item parameters from responses (MML-EM)
  simulate   run a simulation study of adaptive tests on a bank
  plan-pilot how many pupils a pilot needs to calibrate its pilot items
  sitting    create, list or close sittings (planned tests)
  session    take a test as a simulated candidate (session run)
  results    export a sitting&apos;s results (results export)
  candidate  export or erase what is held about a candidate
  staff      staff accounts: the first administrator, adding, passwords
  class      class lists: import, pupils and their codes, code slips
  certificate issue, verify a certificate, or export the issuer&apos;s public key
  report     a candidate&apos;s result report for evaluators (report candidate)

Run &apos;aicet-cli &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>Usage: aicet-cli &lt;command&gt; [options]

Commands:
  bank       validate a bank folder, or show its statistics
  score      estimate the ability of each person in a response matrix
  calibrate  estimate item parameters from responses (MML-EM)
  simulate   run a simulation study of adaptive tests on a bank
  plan-pilot how many pupils a pilot needs to calibrate its pilot items
  sitting    create, list or close sittings (planned tests)
  session    take a test as a simulated candidate (session run)
  results    export a sitting&apos;s results (results export)
  candidate  export or erase what is held about a candidate
  staff      staff accounts: the first administrator, adding, passwords
  class      class lists: import, pupils and their codes, code slips
  certificate issue, verify a certificate, or export the issuer&apos;s public key
  report     a candidate&apos;s result report for evaluators (report candidate)

Run &apos;aicet-cli &lt;command&gt; --help&apos; for a command&apos;s options.
</translation>
    </message>
    <message>
        <source>A class whose pupils take the sitting (repeatable; needs --as): they are registered with their personal codes, and no other code is accepted.</source>
        <translation>A class whose pupils take the sitting (repeatable; needs --as): they are registered with their personal codes, and no other code is accepted.</translation>
    </message>
    <message>
        <source>--class needs --as, the teacher whose classes they are</source>
        <translation>--class needs --as, the teacher whose classes they are</translation>
    </message>
    <message>
        <source>no class named &quot;%1&quot; among %2&apos;s</source>
        <translation>no class named &quot;%1&quot; among %2&apos;s</translation>
    </message>
    <message>
        <source>several classes are named &quot;%1&quot; (of different teachers): sign in as the teacher whose class it is</source>
        <translation>several classes are named &quot;%1&quot; (of different teachers): sign in as the teacher whose class it is</translation>
    </message>
    <message>
        <source>Before each answer, wait for a line on the standard input (for tests that decide when each answer is given); stop at its end. After each acknowledgement, print &quot;limit &lt;seconds&gt;&quot;: the time limit as the program has it then (0: none).</source>
        <translation>Before each answer, wait for a line on the standard input (for tests that decide when each answer is given); stop at its end. After each acknowledgement, print &quot;limit &lt;seconds&gt;&quot;: the time limit as the program has it then (0: none).</translation>
    </message>
    <message>
        <source>A class exercise: the pupil&apos;s window stays a window (by default a sitting is in exam mode: the test fills the screen and leaving it is noted).</source>
        <translation>A class exercise: the pupil&apos;s window stays a window (by default a sitting is in exam mode: the test fills the screen and leaving it is noted).</translation>
    </message>
    <message>
        <source>The QTI 3.0 package (a zip with imsmanifest.xml, or its unpacked folder) or one item file.</source>
        <translation>The QTI 3.0 package (a zip with imsmanifest.xml, or its unpacked folder) or one item file.</translation>
    </message>
    <message>
        <source>The bank folder the items go into (required).</source>
        <translation>The bank folder the items go into (required).</translation>
    </message>
    <message>
        <source>The status of the imported items: draft (default) or pilot.</source>
        <translation>The status of the imported items: draft (default) or pilot.</translation>
    </message>
    <message>
        <source>The competency of items that do not say theirs (default: the bank&apos;s first).</source>
        <translation>The competency of items that do not say theirs (default: the bank&apos;s first).</translation>
    </message>
    <message>
        <source>Check and report only: write nothing.</source>
        <translation>Check and report only: write nothing.</translation>
    </message>
    <message>
        <source>Imports the items of a QTI 3.0 package into a bank: choice (single and multiple response), order, match and text entry (number or text) interactions become AICET items, written to a new file under the bank&apos;s items/ folder with new ids only. Every item is reported: imported, imported with remarks (what to check), or not imported and why. Exit status 0 when every item was imported, 1 otherwise.</source>
        <translation>Imports the items of a QTI 3.0 package into a bank: choice (single and multiple response), order, match and text entry (number or text) interactions become AICET items, written to a new file under the bank&apos;s items/ folder with new ids only. Every item is reported: imported, imported with remarks (what to check), or not imported and why. Exit status 0 when every item was imported, 1 otherwise.</translation>
    </message>
    <message>
        <source>exactly one package</source>
        <translation>exactly one package</translation>
    </message>
    <message>
        <source>--into BANK is required: the bank folder the items go into</source>
        <translation>--into BANK is required: the bank folder the items go into</translation>
    </message>
    <message>
        <source>--status takes draft or pilot, not &quot;%1&quot;</source>
        <translation>--status takes draft or pilot, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 into %2%3
</source>
        <translation>%1 into %2%3
</translation>
    </message>
    <message>
        <source> (dry run: nothing written)</source>
        <translation> (dry run: nothing written)</translation>
    </message>
    <message>
        <source>%1: imported %2 as %3 (%4)
</source>
        <translation>%1: imported %2 as %3 (%4)
</translation>
    </message>
    <message>
        <source>%1: imported %2 as %3 (%4), with remarks:
</source>
        <translation>%1: imported %2 as %3 (%4), with remarks:
</translation>
    </message>
    <message>
        <source>%1: NOT imported %2:
</source>
        <translation>%1: NOT imported %2:
</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(no identifier)</translation>
    </message>
    <message>
        <source>%1 imported (%2 with remarks), %3 not imported
</source>
        <translation>%1 imported (%2 with remarks), %3 not imported
</translation>
    </message>
    <message>
        <source>would write %1
</source>
        <translation>would write %1
</translation>
    </message>
    <message>
        <source>would copy the picture %1
</source>
        <translation>would copy the picture %1
</translation>
    </message>
    <message>
        <source>picture copied to %1
</source>
        <translation>picture copied to %1
</translation>
    </message>
    <message>
        <source>The QTI 3.0 package to write (a .zip; required).</source>
        <translation>The QTI 3.0 package to write (a .zip; required).</translation>
    </message>
    <message>
        <source>Export this item only (repeat for several; default: every item).</source>
        <translation>Export this item only (repeat for several; default: every item).</translation>
    </message>
    <message>
        <source>Export this language only (repeat for several; default: every language).</source>
        <translation>Export this language only (repeat for several; default: every language).</translation>
    </message>
    <message>
        <source>Exports a bank&apos;s items as a QTI 3.0 package: one qti-assessment-item per item and language, the pictures, and AICET&apos;s own metadata (framework, status, IRT parameters) in the manifest. The file is written whole or not at all.</source>
        <translation>Exports a bank&apos;s items as a QTI 3.0 package: one qti-assessment-item per item and language, the pictures, and AICET&apos;s own metadata (framework, status, IRT parameters) in the manifest. The file is written whole or not at all.</translation>
    </message>
    <message>
        <source>--out FILE.zip is required</source>
        <translation>--out FILE.zip is required</translation>
    </message>
    <message>
        <source>%1: the bank has errors: nothing exported</source>
        <translation>%1: the bank has errors: nothing exported</translation>
    </message>
    <message>
        <source>%1 items (%2 QTI item files) written to %3
</source>
        <translation>%1 items (%2 QTI item files) written to %3
</translation>
    </message>
    <message>
        <source>import the items of a QTI 3.0 package, item by item</source>
        <translation>import the items of a QTI 3.0 package, item by item</translation>
    </message>
    <message>
        <source>export the bank&apos;s items as a QTI 3.0 package</source>
        <translation>export the bank&apos;s items as a QTI 3.0 package</translation>
    </message>
    <message>
        <source>parameters written into the bank&apos;s files; its version is now %1
</source>
        <translation>parameters written into the bank&apos;s files; its version is now %1
</translation>
    </message>
    <message>
        <source>items given to pupils, by scoring</source>
        <translation>items given to pupils, by scoring</translation>
    </message>
    <message>
        <source>items with a picture to examine: %1 (%2 with one picture per language)

</source>
        <translation>items with a picture to examine: %1 (%2 with one picture per language)

</translation>
    </message>
    <message>
        <source>reading length: words of the question (operational and pilot items)
</source>
        <translation>reading length: words of the question (operational and pilot items)
</translation>
    </message>
    <message>
        <source>  %1: median %2, 9 in 10 at most %3, longest %4
</source>
        <translation>  %1: median %2, 9 in 10 at most %3, longest %4
</translation>
    </message>
    <message>
        <source>answer patterns (operational items)
</source>
        <translation>answer patterns (operational items)
</translation>
    </message>
    <message>
        <source>  multiple response: %1
</source>
        <translation>  multiple response: %1
</translation>
    </message>
    <message>
        <source>by competency (operational and pilot items; types, easy and hard among the operational ones: easy at a difficulty of -1 or less, hard at 1.25 or more)
</source>
        <translation>by competency (operational and pilot items; types, easy and hard among the operational ones: easy at a difficulty of -1 or less, hard at 1.25 or more)
</translation>
    </message>
    <message>
        <source>themes in each dimension (operational and pilot items)
</source>
        <translation>themes in each dimension (operational and pilot items)
</translation>
    </message>
    <message>
        <source>Positions of the unscored pilot questions, e.g. 3,8,13, or none (default: the bank&apos;s).</source>
        <translation>Positions of the unscored pilot questions, e.g. 3,8,13, or none (default: the bank&apos;s).</translation>
    </message>
    <message>
        <source>  single choice: the key is the longest option in %1 of %2, the shortest in %3 (each by chance: %4)
</source>
        <translation>  single choice: the key is the longest option in %1 of %2, the shortest in %3 (each by chance: %4)
</translation>
    </message>
    <message>
        <source>operational</source>
        <comment>column of items</comment>
        <translation>operational</translation>
    </message>
    <message>
        <source>pilot</source>
        <comment>column of items</comment>
        <translation>pilot</translation>
    </message>
    <message>
        <source>types</source>
        <comment>column of items</comment>
        <translation>types</translation>
    </message>
    <message>
        <source>pictures</source>
        <comment>column of items</comment>
        <translation>pictures</translation>
    </message>
    <message>
        <source>partial credit</source>
        <comment>column of items</comment>
        <translation>partial credit</translation>
    </message>
    <message>
        <source>easy</source>
        <comment>column of items</comment>
        <translation>easy</translation>
    </message>
    <message>
        <source>hard</source>
        <comment>column of items</comment>
        <translation>hard</translation>
    </message>
    <message numerus="yes">
        <source>%n right: %1</source>
        <translation>
            <numerusform>%n right: %1</numerusform>
            <numerusform>%n right: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--pilot-positions takes different positions from 1 separated by commas, or none</source>
        <translation>--pilot-positions takes different positions from 1 separated by commas, or none</translation>
    </message>
</context>
<context>
    <name>aicet::documents</name>
    <message>
        <source>its slope a would be %1, outside (0, 10]</source>
        <translation>its slope a would be %1, outside (0, 10]</translation>
    </message>
    <message>
        <source>its difficulty b would be %1, outside [-10, 10]</source>
        <translation>its difficulty b would be %1, outside [-10, 10]</translation>
    </message>
    <message>
        <source>its lower asymptote c would be %1, not below 0.5</source>
        <translation>its lower asymptote c would be %1, not below 0.5</translation>
    </message>
    <message>
        <source>a step would be %1, outside [-10, 10]</source>
        <translation>a step would be %1, outside [-10, 10]</translation>
    </message>
    <message>
        <source>it would have no step</source>
        <translation>it would have no step</translation>
    </message>
    <message>
        <source>%1: item &quot;%2&quot; is not in the bank</source>
        <translation>%1: item &quot;%2&quot; is not in the bank</translation>
    </message>
    <message>
        <source>%1: item &quot;%2&quot;: score %3 is not one of the item&apos;s</source>
        <translation>%1: item &quot;%2&quot;: score %3 is not one of the item&apos;s</translation>
    </message>
    <message>
        <source>no sitting with the code &quot;%1&quot;</source>
        <translation>no sitting with the code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>sitting %1 was taken on another version of the bank (content hash %2, the bank given has %3)</source>
        <translation>sitting %1 was taken on another version of the bank (content hash %2, the bank given has %3)</translation>
    </message>
    <message numerus="yes">
        <source>sitting(s) %1</source>
        <translation>
            <numerusform>sitting %1</numerusform>
            <numerusform>sittings %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s), fewer than the %1 asked for: left out</source>
        <translation>
            <numerusform>%n answer, fewer than the %1 asked for: left out</numerusform>
            <numerusform>%n answers, fewer than the %1 asked for: left out</numerusform>
        </translation>
    </message>
    <message>
        <source>every answer was right: the answers cannot tell its parameters</source>
        <translation>every answer was right: the answers cannot tell its parameters</translation>
    </message>
    <message>
        <source>every answer was wrong: the answers cannot tell its parameters</source>
        <translation>every answer was wrong: the answers cannot tell its parameters</translation>
    </message>
    <message>
        <source>nobody scored %1: the answers cannot tell its parameters</source>
        <translation>nobody scored %1: the answers cannot tell its parameters</translation>
    </message>
    <message>
        <source>every answer scored 0: the answers cannot tell its parameters</source>
        <translation>every answer scored 0: the answers cannot tell its parameters</translation>
    </message>
    <message>
        <source>no question has %1 answers or more that tell its parameters: nothing to estimate</source>
        <translation>no question has %1 answers or more that tell its parameters: nothing to estimate</translation>
    </message>
    <message>
        <source>no question has answers that tell its parameters: nothing to estimate</source>
        <translation>no question has answers that tell its parameters: nothing to estimate</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;:</source>
        <translation>item &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message numerus="yes">
        <source>, GPCM or GRM for %n partial-credit item(s)</source>
        <translation>
            <numerusform>, GPCM or GRM for %n partial-credit item</numerusform>
            <numerusform>, GPCM or GRM for %n partial-credit items</numerusform>
        </translation>
    </message>
    <message>
        <source>more than 100 groups</source>
        <translation>more than 100 groups</translation>
    </message>
    <message numerus="yes">
        <source>the responses have %n group(s)</source>
        <translation>
            <numerusform>the responses have %n group</numerusform>
            <numerusform>the responses have %n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>no item has %1 answers in the largest group and in another</source>
        <translation>no item has %1 answers in the largest group and in another</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>%1: cannot remove the file of an earlier report</source>
        <translation>%1: cannot remove the file of an earlier report</translation>
    </message>
    <message>
        <source>its parameters were not estimated</source>
        <translation>its parameters were not estimated</translation>
    </message>
    <message>
        <source>this bank takes guessing from chance (irt.guessing: chance), which would add chance floors to the %1 parameters estimated here without them (its scores do not match its scoring rule&apos;s)</source>
        <translation>this bank takes guessing from chance (irt.guessing: chance), which would add chance floors to the %1 parameters estimated here without them (its scores do not match its scoring rule&apos;s)</translation>
    </message>
    <message>
        <source>this bank takes guessing from chance (irt.guessing: chance), which would add a lower asymptote to the %1 parameters estimated here; calibrate with the 3PL model (chance or estimated guessing), or remove irt.guessing once every item is calibrated</source>
        <translation>this bank takes guessing from chance (irt.guessing: chance), which would add a lower asymptote to the %1 parameters estimated here; calibrate with the 3PL model (chance or estimated guessing), or remove irt.guessing once every item is calibrated</translation>
    </message>
    <message>
        <source>the parameters can only be written into a bank folder</source>
        <translation>the parameters can only be written into a bank folder</translation>
    </message>
    <message>
        <source>the calibration did not converge: nothing is written into the bank</source>
        <translation>the calibration did not converge: nothing is written into the bank</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2; nothing written (the item needs more or other responses, or another model)</source>
        <translation>item &quot;%1&quot;: %2; nothing written (the item needs more or other responses, or another model)</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: it has no parameters: accept its calibrated parameters to make it operational</source>
        <translation>item &quot;%1&quot;: it has no parameters: accept its calibrated parameters to make it operational</translation>
    </message>
    <message>
        <source>… and other items</source>
        <translation>… and other items</translation>
    </message>
    <message>
        <source>no item was accepted: nothing to write</source>
        <translation>no item was accepted: nothing to write</translation>
    </message>
    <message>
        <source>%1: the version &quot;%2&quot; has no form such as 1.2 or 0.2.0 to raise; give the new version</source>
        <translation>%1: the version &quot;%2&quot; has no form such as 1.2 or 0.2.0 to raise; give the new version</translation>
    </message>
    <message>
        <source>the version &quot;%1&quot; is not a version (letters, digits, dots; e.g. 1.0.0)</source>
        <translation>the version &quot;%1&quot; is not a version (letters, digits, dots; e.g. 1.0.0)</translation>
    </message>
    <message>
        <source>the bank is already at version %1: give a new version</source>
        <translation>the bank is already at version %1: give a new version</translation>
    </message>
    <message>
        <source>the new release would not be a usable bank; nothing written</source>
        <translation>the new release would not be a usable bank; nothing written</translation>
    </message>
    <message>
        <source>exposure control computed again for a largest share of %1: %2 of %3 questions held back part of the time</source>
        <translation>exposure control computed again for a largest share of %1: %2 of %3 questions held back part of the time</translation>
    </message>
    <message>
        <source>it did not converge to the target %1</source>
        <translation>it did not converge to the target %1</translation>
    </message>
    <message>
        <source>the exposure control could not be computed again (%1): it is off until computed again (aicet-cli bank exposure --write)</source>
        <translation>the exposure control could not be computed again (%1): it is off until computed again (aicet-cli bank exposure --write)</translation>
    </message>
    <message>
        <source>the bank&apos;s files changed since it was calibrated (%1): read it again and calibrate again; nothing written</source>
        <translation>the bank&apos;s files changed since it was calibrated (%1): read it again and calibrate again; nothing written</translation>
    </message>
</context>
<context>
    <name>aicet::gui::BankPage</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>pilot</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>operational</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>single choice</translation>
    </message>
    <message>
        <source>multiple response</source>
        <translation>multiple response</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>ordering</source>
        <translation>ordering</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>matching</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numeric</translation>
    </message>
    <message>
        <source>short text</source>
        <translation>short text</translation>
    </message>
    <message>
        <source>Bank folder:</source>
        <translation>Bank folder:</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>The question bank&apos;s folder</source>
        <translation>The question bank&apos;s folder</translation>
    </message>
    <message>
        <source>Search the questions</source>
        <translation>Search the questions</translation>
    </message>
    <message>
        <source>every status</source>
        <translation>every status</translation>
    </message>
    <message>
        <source>every type</source>
        <translation>every type</translation>
    </message>
    <message>
        <source>any translation</source>
        <translation>any translation</translation>
    </message>
    <message>
        <source>missing a language</source>
        <translation>missing a language</translation>
    </message>
    <message>
        <source>Shown in:</source>
        <translation>Shown in:</translation>
    </message>
    <message>
        <source>Try an answer (short text or number)</source>
        <translation>Try an answer (short text or number)</translation>
    </message>
    <message>
        <source>Problems found in the bank&apos;s files:</source>
        <translation>Problems found in the bank&apos;s files:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n error</numerusform>
            <numerusform>, %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source> — read at %1.</source>
        <translation> — read at %1.</translation>
    </message>
    <message>
        <source> The bank cannot be used until its errors are corrected.</source>
        <translation> The bank cannot be used until its errors are corrected.</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>(no dimension)</source>
        <translation>(no dimension)</translation>
    </message>
    <message>
        <source>No question matches the filters.</source>
        <translation>No question matches the filters.</translation>
    </message>
    <message>
        <source>Answer as a pupil would, then confirm: the score and the explanation show here.</source>
        <translation>Answer as a pupil would, then confirm: the score and the explanation show here.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted answers: %1 (up to %n typing mistake(s)).</source>
        <translation>
            <numerusform>Accepted answers: %1 (up to %n typing mistake).</numerusform>
            <numerusform>Accepted answers: %1 (up to %n typing mistakes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted: %1 ± %2.</source>
        <translation>Accepted: %1 ± %2.</translation>
    </message>
    <message>
        <source>This answer scores %1 of %2 (%3). The right answer: %4. Explanation: %5 %6</source>
        <translation>This answer scores %1 of %2 (%3). The right answer: %4. Explanation: %5 %6</translation>
    </message>
    <message>
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>wrong</translation>
    </message>
    <message>
        <source>partly right</source>
        <translation>partly right</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is accepted.</source>
        <translation>&quot;%1&quot; is accepted.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not accepted.</source>
        <translation>&quot;%1&quot; is not accepted.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>No pupil has answered this question yet in the sittings of this database.</source>
        <translation>No pupil has answered this question yet in the sittings of this database.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>With pupils: %n answer(s) in the sittings on this bank, </source>
        <translation>
            <numerusform>With pupils: %n answer in the sittings on this bank, </numerusform>
            <numerusform>With pupils: %n answers in the sittings on this bank, </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 right; mean score %2.</source>
        <translation>%1 right; mean score %2.</translation>
    </message>
    <message numerus="yes">
        <source>ability %1 to %2: %3 (%n answer(s))</source>
        <translation>
            <numerusform>ability %1 to %2: %3 (%n answer)</numerusform>
            <numerusform>ability %1 to %2: %3 (%n answers)</numerusform>
        </translation>
    </message>
    <message>
        <source> — options chosen: %1</source>
        <translation> — options chosen: %1</translation>
    </message>
    <message>
        <source>By ability, from the lowest to the highest group: %1.</source>
        <translation>By ability, from the lowest to the highest group: %1.</translation>
    </message>
    <message>
        <source>Expected score along the ability scale (line), observed by groups of pupils (dots), information (dashed)</source>
        <translation>Expected score along the ability scale (line), observed by groups of pupils (dots), information (dashed)</translation>
    </message>
    <message>
        <source>The whole bank</source>
        <translation>The whole bank</translation>
    </message>
    <message>
        <source>Compute the precision along the ability scale</source>
        <translation>Compute the precision along the ability scale</translation>
    </message>
    <message>
        <source>No test has been taken on this bank in this database yet.</source>
        <translation>No test has been taken on this bank in this database yet.</translation>
    </message>
    <message>
        <source>%1 (%2% of the tests)</source>
        <translation>%1 (%2% of the tests)</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s) taken on this bank. </source>
        <translation>
            <numerusform>%n test taken on this bank. </numerusform>
            <numerusform>%n tests taken on this bank. </numerusform>
        </translation>
    </message>
    <message>
        <source>Most given: %1.</source>
        <translation>Most given: %1.</translation>
    </message>
    <message>
        <source>Every operational and pilot question has been given.</source>
        <translation>Every operational and pilot question has been given.</translation>
    </message>
    <message numerus="yes">
        <source>Never given (%n question(s)): %1.</source>
        <translation>
            <numerusform>Never given (%n question): %1.</numerusform>
            <numerusform>Never given (%n questions): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bank must be usable (no error) to simulate its test.</source>
        <translation>The bank must be usable (no error) to simulate its test.</translation>
    </message>
    <message>
        <source>The bank&apos;s default test, simulated %1 times at each ability: from -2 to 2, its expected standard error is at most %2%3; tests are at most %4 questions long on average.</source>
        <translation>The bank&apos;s default test, simulated %1 times at each ability: from -2 to 2, its expected standard error is at most %2%3; tests are at most %4 questions long on average.</translation>
    </message>
    <message>
        <source> (target %1)</source>
        <translation> (target %1)</translation>
    </message>
    <message>
        <source>Expected standard error of the test along the ability scale (line), its target (dotted), the information of the whole bank (dashed)</source>
        <translation>Expected standard error of the test along the ability scale (line), its target (dotted), the information of the whole bank (dashed)</translation>
    </message>
    <message>
        <source>the most it can</source>
        <translation>the most it can</translation>
    </message>
    <message>
        <source>Correlation with the pupils&apos; ability: %1 (a weak signal in an adaptive test, which gives each question to pupils near its difficulty; a value near 0 or below deserves a look).</source>
        <translation>Correlation with the pupils&apos; ability: %1 (a weak signal in an adaptive test, which gives each question to pupils near its difficulty; a value near 0 or below deserves a look).</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>Screen:</translation>
    </message>
    <message>
        <source>this panel</source>
        <translation>this panel</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Edit this question…</source>
        <translation>Edit this question…</translation>
    </message>
    <message>
        <source>New question…</source>
        <translation>New question…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Undo the %1</source>
        <translation>Undo the %1</translation>
    </message>
    <message>
        <source>Redo the %1</source>
        <translation>Redo the %1</translation>
    </message>
    <message>
        <source>Saved: %1. Undo puts the files back as they were.</source>
        <translation>Saved: %1. Undo puts the files back as they were.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Undone: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Redone: %1.</translation>
    </message>
    <message>
        <source>%1 was changed since (in another editor?): the %2 cannot be undone.</source>
        <translation>%1 was changed since (in another editor?): the %2 cannot be undone.</translation>
    </message>
    <message>
        <source>%1 was changed since (in another editor?): the %2 cannot be redone.</source>
        <translation>%1 was changed since (in another editor?): the %2 cannot be redone.</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>this window&apos;s</source>
        <translation>this window&apos;s</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>Import QTI…</source>
        <translation>Import QTI…</translation>
    </message>
    <message>
        <source>Questions from another tool, as a QTI 3.0 package (.zip) or item file (.xml)</source>
        <translation>Questions from another tool, as a QTI 3.0 package (.zip) or item file (.xml)</translation>
    </message>
    <message>
        <source>Export QTI…</source>
        <translation>Export QTI…</translation>
    </message>
    <message>
        <source>The bank&apos;s questions as a QTI 3.0 package, for other tools</source>
        <translation>The bank&apos;s questions as a QTI 3.0 package, for other tools</translation>
    </message>
    <message>
        <source>QTI package or item to import</source>
        <translation>QTI package or item to import</translation>
    </message>
    <message>
        <source>QTI packages and items (*.zip *.xml)</source>
        <translation>QTI packages and items (*.zip *.xml)</translation>
    </message>
    <message>
        <source>Export the bank as QTI 3.0</source>
        <translation>Export the bank as QTI 3.0</translation>
    </message>
    <message>
        <source>QTI packages (*.zip)</source>
        <translation>QTI packages (*.zip)</translation>
    </message>
    <message>
        <source>QTI questions imported into %1 (not undone by Undo: remove that file to take them out).</source>
        <translation>QTI questions imported into %1 (not undone by Undo: remove that file to take them out).</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) exported to %1.</source>
        <translation>
            <numerusform>%n question exported to %1.</numerusform>
            <numerusform>%n questions exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nothing was exported: %1</translation>
    </message>
    <message>
        <source> — options ticked: %1</source>
        <translation> — options ticked: %1</translation>
    </message>
    <message numerus="yes">
        <source>Given in %1 of the %n test(s) on this bank (its exposure).</source>
        <translation>
            <numerusform>Given in %1 of the %n test on this bank (its exposure).</numerusform>
            <numerusform>Given in %1 of the %n tests on this bank (its exposure).</numerusform>
        </translation>
    </message>
    <message>
        <source>Last calibration: %1</source>
        <translation>Last calibration: %1</translation>
    </message>
    <message>
        <source>every level</source>
        <translation>every level</translation>
    </message>
    <message>
        <source>understand</source>
        <translation>understand</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>apply</translation>
    </message>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>every theme</source>
        <translation>every theme</translation>
    </message>
</context>
<context>
    <name>aicet::gui::CalibrationPage</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>pilot</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>operational</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>Responses from the sittings</source>
        <translation>Responses from the sittings</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sitting</translation>
    </message>
    <message>
        <source>Finished tests</source>
        <translation>Finished tests</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>3PL (with guessing)</source>
        <translation>3PL (with guessing)</translation>
    </message>
    <message>
        <source>2PL</source>
        <translation>2PL</translation>
    </message>
    <message>
        <source>1PL (Rasch)</source>
        <translation>1PL (Rasch)</translation>
    </message>
    <message>
        <source>Right/wrong questions:</source>
        <translation>Right/wrong questions:</translation>
    </message>
    <message>
        <source>what answering at random gives</source>
        <translation>what answering at random gives</translation>
    </message>
    <message>
        <source>estimated (usual prior)</source>
        <translation>estimated (usual prior)</translation>
    </message>
    <message>
        <source>estimated without prior</source>
        <translation>estimated without prior</translation>
    </message>
    <message>
        <source>Guessing:</source>
        <translation>Guessing:</translation>
    </message>
    <message>
        <source>the bank&apos;s (else GPCM)</source>
        <translation>the bank&apos;s (else GPCM)</translation>
    </message>
    <message>
        <source>GPCM</source>
        <translation>GPCM</translation>
    </message>
    <message>
        <source>GRM</source>
        <translation>GRM</translation>
    </message>
    <message>
        <source>Partial credit:</source>
        <translation>Partial credit:</translation>
    </message>
    <message>
        <source>Only the other questions are estimated, on the scale of the operational ones. Leave it unticked while the bank&apos;s parameters are provisional.</source>
        <translation>Only the other questions are estimated, on the scale of the operational ones. Leave it unticked while the bank&apos;s parameters are provisional.</translation>
    </message>
    <message>
        <source>A question answered fewer times keeps its parameters: so few answers cannot tell them (and would keep the estimation from converging).</source>
        <translation>A question answered fewer times keeps its parameters: so few answers cannot tell them (and would keep the estimation from converging).</translation>
    </message>
    <message>
        <source>Fewest answers per question:</source>
        <translation>Fewest answers per question:</translation>
    </message>
    <message>
        <source>Standard errors (slower)</source>
        <translation>Standard errors (slower)</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>Calibrate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>c</source>
        <translation>c</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Make operational</source>
        <translation>Make operational</translation>
    </message>
    <message>
        <source>Read the report</source>
        <translation>Read the report</translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation>Save the report…</translation>
    </message>
    <message>
        <source>Calibration report</source>
        <translation>Calibration report</translation>
    </message>
    <message>
        <source>Folder for the calibration report</source>
        <translation>Folder for the calibration report</translation>
    </message>
    <message>
        <source>New release of the bank</source>
        <translation>New release of the bank</translation>
    </message>
    <message>
        <source>What changed (kept with the release)</source>
        <translation>What changed (kept with the release)</translation>
    </message>
    <message>
        <source>Write the release</source>
        <translation>Write the release</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Releases kept in the database</source>
        <translation>Releases kept in the database</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Open a bank without errors in the Question banks tab to calibrate it.</source>
        <translation>Open a bank without errors in the Question banks tab to calibrate it.</translation>
    </message>
    <message>
        <source>Bank: %1, version %2 (content %3), in %4</source>
        <translation>Bank: %1, version %2 (content %3), in %4</translation>
    </message>
    <message>
        <source>this content</source>
        <translation>this content</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>another version</translation>
    </message>
    <message>
        <source>nobody has finished this sitting yet</source>
        <translation>nobody has finished this sitting yet</translation>
    </message>
    <message>
        <source>taken on another content of the bank (%1): its answers belong to that release</source>
        <translation>taken on another content of the bank (%1): its answers belong to that release</translation>
    </message>
    <message>
        <source>Tick the sittings whose answers are used.</source>
        <translation>Tick the sittings whose answers are used.</translation>
    </message>
    <message>
        <source>These sittings have no answers yet.</source>
        <translation>These sittings have no answers yet.</translation>
    </message>
    <message numerus="yes">
        <source>Calibrating from %n answer(s)…</source>
        <translation>
            <numerusform>Calibrating from %n answer…</numerusform>
            <numerusform>Calibrating from %n answers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Cycle %1: the parameters still move by %2 (it stops below %3).</source>
        <translation>Cycle %1: the parameters still move by %2 (it stops below %3).</translation>
    </message>
    <message>
        <source>Calibration cancelled: nothing changed.</source>
        <translation>Calibration cancelled: nothing changed.</translation>
    </message>
    <message>
        <source>The calibration could not be done: %1</source>
        <translation>The calibration could not be done: %1</translation>
    </message>
    <message>
        <source>%1 after %2 cycles, from %3 pupils: %4 question(s) estimated, %5 anchor(s), %6 nobody answered (%7 s).</source>
        <translation>%1 after %2 cycles, from %3 pupils: %4 question(s) estimated, %5 anchor(s), %6 nobody answered (%7 s).</translation>
    </message>
    <message>
        <source>Converged</source>
        <translation>Converged</translation>
    </message>
    <message>
        <source>NOT converged</source>
        <translation>NOT converged</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left out: their answers cannot tell their parameters (see Remarks).</source>
        <translation>
            <numerusform>%n question left out: their answers cannot tell their parameters (see Remarks).</numerusform>
            <numerusform>%n questions left out: their answers cannot tell their parameters (see Remarks).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be written from a calibration that did not converge.</source>
        <translation>Nothing can be written from a calibration that did not converge.</translation>
    </message>
    <message>
        <source>nobody answered it</source>
        <translation>nobody answered it</translation>
    </message>
    <message>
        <source>anchor: keeps its parameters</source>
        <translation>anchor: keeps its parameters</translation>
    </message>
    <message>
        <source>does not fit the model (RMSD)</source>
        <translation>does not fit the model (RMSD)</translation>
    </message>
    <message>
        <source>does not fit the model (S-X2)</source>
        <translation>does not fit the model (S-X2)</translation>
    </message>
    <message>
        <source>few answers: provisional</source>
        <translation>few answers: provisional</translation>
    </message>
    <message>
        <source>works differently for a group (%1)</source>
        <translation>works differently for a group (%1)</translation>
    </message>
    <message>
        <source>Write its new parameters into the release</source>
        <translation>Write its new parameters into the release</translation>
    </message>
    <message>
        <source>already operational</source>
        <translation>already operational</translation>
    </message>
    <message>
        <source>Give it to pupils as a scored question from this release</source>
        <translation>Give it to pupils as a scored question from this release</translation>
    </message>
    <message>
        <source>it needs parameters first</source>
        <translation>it needs parameters first</translation>
    </message>
    <message>
        <source>Moved by %1 or more</source>
        <translation>Moved by %1 or more</translation>
    </message>
    <message numerus="yes">
        <source>Write version %1 of the bank into %2?

%n question(s) get new parameters</source>
        <translation>
            <numerusform>Write version %1 of the bank into %2?

%n question(s) get new parameters</numerusform>
            <numerusform>Write version %1 of the bank into %2?

%n question(s) get new parameters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n become(s) operational.</source>
        <translation>
            <numerusform>, %n becomes operational.</numerusform>
            <numerusform>, %n become operational.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only those lines of the files change. The sittings already created keep the release they were created on.</source>
        <translation>Only those lines of the files change. The sittings already created keep the release they were created on.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nothing was written: %1</translation>
    </message>
    <message>
        <source>Version %1 was written, but the bank cannot be read back: %2</source>
        <translation>Version %1 was written, but the bank cannot be read back: %2</translation>
    </message>
    <message numerus="yes">
        <source>calibrated from %1: %n question(s) with new parameters</source>
        <translation>
            <numerusform>calibrated from %1: %n question with new parameters</numerusform>
            <numerusform>calibrated from %1: %n questions with new parameters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n made operational</source>
        <translation>
            <numerusform>, %n made operational</numerusform>
            <numerusform>, %n made operational</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 was written into the folder, but it could not be kept in the database: %2</source>
        <translation>Version %1 was written into the folder, but it could not be kept in the database: %2</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 written and kept (content %2): %n question(s) with new parameters</source>
        <translation>
            <numerusform>Version %1 written and kept (content %2): %n question with new parameters</numerusform>
            <numerusform>Version %1 written and kept (content %2): %n questions with new parameters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n made operational.</source>
        <translation>
            <numerusform>, %n made operational.</numerusform>
            <numerusform>, %n made operational.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written into %1.</source>
        <translation>Report written into %1.</translation>
    </message>
    <message>
        <source>%1 (the folder&apos;s)</source>
        <translation>%1 (the folder&apos;s)</translation>
    </message>
    <message>
        <source>Sittings created from now on use it; the earlier ones keep theirs.</source>
        <translation>Sittings created from now on use it; the earlier ones keep theirs.</translation>
    </message>
    <message>
        <source>Slope a</source>
        <translation>Slope a</translation>
    </message>
    <message>
        <source>Difficulty b</source>
        <translation>Difficulty b</translation>
    </message>
    <message>
        <source>Before → after the calibration</source>
        <translation>Before → after the calibration</translation>
    </message>
    <message>
        <source>Accept all that can be</source>
        <translation>Accept all that can be</translation>
    </message>
    <message>
        <source>Accept none</source>
        <translation>Accept none</translation>
    </message>
    <message>
        <source>slope %1, difficulty %2</source>
        <translation>slope %1, difficulty %2</translation>
    </message>
    <message>
        <source>Operational questions keep their parameters (anchors):</source>
        <translation>Operational questions keep their parameters (anchors):</translation>
    </message>
</context>
<context>
    <name>aicet::gui::ClassImportDialog</name>
    <message>
        <source>Import a class list</source>
        <translation>Import a class list</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by &quot;%2&quot;. Check which column is which, then import: rows with a problem are left out.</source>
        <translation>Read as %1, columns separated by &quot;%2&quot;. Check which column is which, then import: rows with a problem are left out.</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Last name:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>First name:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>Identifier (optional):</source>
        <translation>Identifier (optional):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>e.g. 5e B</source>
        <translation>e.g. 5e B</translation>
    </message>
    <message>
        <source>Class of the rows that name none:</source>
        <translation>Class of the rows that name none:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1 row(s): %2 to import, %3 left out.</source>
        <translation>%1 row(s): %2 to import, %3 left out.</translation>
    </message>
    <message>
        <source>No row can be imported: check the columns and the class.</source>
        <translation>No row can be imported: check the columns and the class.</translation>
    </message>
</context>
<context>
    <name>aicet::gui::ClassesPage</name>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation>Personal code</translation>
    </message>
    <message>
        <source>Import a class list…</source>
        <translation>Import a class list…</translation>
    </message>
    <message>
        <source>Print the code slips…</source>
        <translation>Print the code slips…</translation>
    </message>
    <message>
        <source>Remove the selected pupil</source>
        <translation>Remove the selected pupil</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Import a class list</translation>
    </message>
    <message>
        <source>Class lists (*.csv *.txt);;All files (*)</source>
        <translation>Class lists (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Select a class first.</source>
        <translation>Select a class first.</translation>
    </message>
    <message>
        <source>Save the code slips</source>
        <translation>Save the code slips</translation>
    </message>
    <message>
        <source>code-slips-%1.pdf</source>
        <translation>code-slips-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Add the pupil to the class</source>
        <translation>Add the pupil to the class</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n pupil(s))</source>
        <translation>
            <numerusform>%1 (%n pupil)</numerusform>
            <numerusform>%1 (%n pupils)</numerusform>
        </translation>
    </message>
    <message>
        <source>No class yet: import a class list (a CSV file from the school&apos;s software).</source>
        <translation>No class yet: import a class list (a CSV file from the school&apos;s software).</translation>
    </message>
    <message numerus="yes">
        <source>%n code slip(s) saved in %1</source>
        <translation>
            <numerusform>%n code slip saved in %1</numerusform>
            <numerusform>%n code slips saved in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a pupil in the table first.</source>
        <translation>Select a pupil in the table first.</translation>
    </message>
    <message>
        <source>Extra time</source>
        <translation>Extra time</translation>
    </message>
    <message>
        <source>Entitled to extra time (e.g. a third more time)</source>
        <translation>Entitled to extra time (e.g. a third more time)</translation>
    </message>
    <message>
        <source>Save the changes to the selected pupil</source>
        <translation>Save the changes to the selected pupil</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>This pupil was removed meanwhile.</source>
        <translation>This pupil was removed meanwhile.</translation>
    </message>
</context>
<context>
    <name>aicet::gui::ConsolePage</name>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <source>Sitting:</source>
        <translation>Sitting:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Silent</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>The question the pupil is on, of how many the test asks (it adapts); the level once finished</source>
        <translation>The question the pupil is on, of how many the test asks (it adapts); the level once finished</translation>
    </message>
    <message>
        <source>Test time left, extra time included</source>
        <translation>Test time left, extra time included</translation>
    </message>
    <message>
        <source>Extra time granted to the pupil</source>
        <translation>Extra time granted to the pupil</translation>
    </message>
    <message>
        <source>Times the pupil left the test window</source>
        <translation>Times the pupil left the test window</translation>
    </message>
    <message>
        <source>Time since the pupil&apos;s last answer</source>
        <translation>Time since the pupil&apos;s last answer</translation>
    </message>
    <message>
        <source>Incidents noted for the pupil</source>
        <translation>Incidents noted for the pupil</translation>
    </message>
    <message>
        <source>For the selected pupils</source>
        <translation>For the selected pupils</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Set this extra time</source>
        <translation>Set this extra time</translation>
    </message>
    <message>
        <source>Replaces the pupil&apos;s extra time (0 removes it); for a pupil who has not started, it is granted when the test starts.</source>
        <translation>Replaces the pupil&apos;s extra time (0 removes it); for a pupil who has not started, it is granted when the test starts.</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Minutes:</translation>
    </message>
    <message>
        <source>required to reopen or stop a test, or for an incident of type &quot;other&quot;</source>
        <translation>required to reopen or stop a test, or for an incident of type &quot;other&quot;</translation>
    </message>
    <message>
        <source>Reason or note:</source>
        <translation>Reason or note:</translation>
    </message>
    <message>
        <source>technical problem</source>
        <translation>technical problem</translation>
    </message>
    <message>
        <source>fraud suspected</source>
        <translation>fraud suspected</translation>
    </message>
    <message>
        <source>pupil unwell</source>
        <translation>pupil unwell</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Incident type:</source>
        <translation>Incident type:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Allow another computer</source>
        <translation>Allow another computer</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation>Stop the test</translation>
    </message>
    <message>
        <source>Note an incident</source>
        <translation>Note an incident</translation>
    </message>
    <message>
        <source>Actions and incidents of this sitting:</source>
        <translation>Actions and incidents of this sitting:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>No sitting yet: create one on the Sittings tab.</source>
        <translation>No sitting yet: create one on the Sittings tab.</translation>
    </message>
    <message>
        <source>Only the teacher who created this sitting or an administrator acts on it.</source>
        <translation>Only the teacher who created this sitting or an administrator acts on it.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 of %2–%3</source>
        <translation>%1 of %2–%3</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No answer for %1: go and see.</source>
        <translation>No answer for %1: go and see.</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s): </source>
        <translation>
            <numerusform>%n pupil: </numerusform>
            <numerusform>%n pupils: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not started, %2 in progress, %3 paused, %4 finished, %5 incomplete. Updated at %6.</source>
        <translation>%1 not started, %2 in progress, %3 paused, %4 finished, %5 incomplete. Updated at %6.</translation>
    </message>
    <message>
        <source>Select one or more pupils in the table first.</source>
        <translation>Select one or more pupils in the table first.</translation>
    </message>
    <message numerus="yes">
        <source>Stop the test of %n pupil(s)? Their confirmed answers are scored; a test can be reopened later.</source>
        <translation>
            <numerusform>Stop the test of %n pupil? Their confirmed answers are scored; a test can be reopened later.</numerusform>
            <numerusform>Stop the test of %n pupils? Their confirmed answers are scored; a test can be reopened later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Extra</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>question %1</translation>
    </message>
    <message>
        <source>Select every pupil</source>
        <translation>Select every pupil</translation>
    </message>
</context>
<context>
    <name>aicet::gui::EndPage</name>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>aicet::gui::InstructionsPage</name>
    <message>
        <source>Before you start</source>
        <translation>Before you start</translation>
    </message>
    <message>
        <source>There are about %1 to %2 questions: the test adapts to your answers, so it may stop earlier.</source>
        <translation>There are about %1 to %2 questions: the test adapts to your answers, so it may stop earlier.</translation>
    </message>
    <message>
        <source>The test fills the screen. If you leave it or switch to another window, it is noted for your teacher.</source>
        <translation>The test fills the screen. If you leave it or switch to another window, it is noted for your teacher.</translation>
    </message>
    <message>
        <source>If the computer stops, nothing is lost: start AICET again and type the same codes to continue where you were.</source>
        <translation>If the computer stops, nothing is lost: start AICET again and type the same codes to continue where you were.</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Begin</translation>
    </message>
    <message numerus="yes">
        <source>There are %n question(s).</source>
        <translation>
            <numerusform>There is %n question.</numerusform>
            <numerusform>There are %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n minute(s). The clock starts when you press &lt;b&gt;Begin&lt;/b&gt;; the time left is shown at the top right, and you are warned 5 minutes before the end.</source>
        <translation>
            <numerusform>You have %n minute. The clock starts when you press &lt;b&gt;Begin&lt;/b&gt;; the time left is shown at the top right, and you are warned 5 minutes before the end.</numerusform>
            <numerusform>You have %n minutes. The clock starts when you press &lt;b&gt;Begin&lt;/b&gt;; the time left is shown at the top right, and you are warned 5 minutes before the end.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer each question, then press &lt;b&gt;Confirm&lt;/b&gt; (bottom right) and then &lt;b&gt;Yes, confirm&lt;/b&gt;. Once confirmed, an answer cannot be changed.</source>
        <translation>Answer each question, then press &lt;b&gt;Confirm&lt;/b&gt; (bottom right) and then &lt;b&gt;Yes, confirm&lt;/b&gt;. Once confirmed, an answer cannot be changed.</translation>
    </message>
    <message>
        <source>With the keyboard: a letter or a number chooses an option, Tab moves to the next element, Enter confirms. To put elements in order, choose one and press &lt;b&gt;Move up&lt;/b&gt; or &lt;b&gt;Move down&lt;/b&gt; (or Alt and the arrows).</source>
        <translation>With the keyboard: a letter or a number chooses an option, Tab moves to the next element, Enter confirms. To put elements in order, choose one and press &lt;b&gt;Move up&lt;/b&gt; or &lt;b&gt;Move down&lt;/b&gt; (or Alt and the arrows).</translation>
    </message>
    <message>
        <source>The buttons at the very top change the display: &lt;b&gt;A−&lt;/b&gt; and &lt;b&gt;A+&lt;/b&gt; (or Ctrl − and Ctrl +) the text size, then high contrast and an easier-to-read font. &lt;b&gt;Read aloud&lt;/b&gt;, at the bottom left of each question, reads it to you.</source>
        <translation>The buttons at the very top change the display: &lt;b&gt;A−&lt;/b&gt; and &lt;b&gt;A+&lt;/b&gt; (or Ctrl − and Ctrl +) the text size, then high contrast and an easier-to-read font. &lt;b&gt;Read aloud&lt;/b&gt;, at the bottom left of each question, reads it to you.</translation>
    </message>
</context>
<context>
    <name>aicet::gui::ItemEditor</name>
    <message>
        <source>the bank would not read with these changes</source>
        <translation>the bank would not read with these changes</translation>
    </message>
    <message>
        <source>Edit the question %1</source>
        <translation>Edit the question %1</translation>
    </message>
    <message>
        <source>%1, in %2 (line %3). Only the values you change are written; comments and layout stay.</source>
        <translation>%1, in %2 (line %3). Only the values you change are written; comments and layout stay.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Themes (ids, separated by commas):</source>
        <translation>Themes (ids, separated by commas):</translation>
    </message>
    <message>
        <source>Questions that must never be in the same test as this one.</source>
        <translation>Questions that must never be in the same test as this one.</translation>
    </message>
    <message>
        <source>Never in the same test as:</source>
        <translation>Never in the same test as:</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <source>What the picture shows (for pupils who cannot see it):</source>
        <translation>What the picture shows (for pupils who cannot see it):</translation>
    </message>
    <message>
        <source>Accepted answers (one per line):</source>
        <translation>Accepted answers (one per line):</translation>
    </message>
    <message>
        <source>Explanation shown after the test:</source>
        <translation>Explanation shown after the test:</translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation>Right answer:</translation>
    </message>
    <message>
        <source>Right answers:</source>
        <translation>Right answers:</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>Right order (ids, separated by commas):</source>
        <translation>Right order (ids, separated by commas):</translation>
    </message>
    <message>
        <source>Right pairs (premise=response, separated by commas):</source>
        <translation>Right pairs (premise=response, separated by commas):</translation>
    </message>
    <message>
        <source>Tolerance (±):</source>
        <translation>Tolerance (±):</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>the right pairs are written premise=response, separated by commas (&quot;%1&quot; is not)</source>
        <translation>the right pairs are written premise=response, separated by commas (&quot;%1&quot; is not)</translation>
    </message>
    <message>
        <source>the right answer and its tolerance are numbers (the tolerance 0 or more)</source>
        <translation>the right answer and its tolerance are numbers (the tolerance 0 or more)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>edit of %1</source>
        <translation>edit of %1</translation>
    </message>
    <message>
        <source>Nothing was written:
%1</source>
        <translation>Nothing was written:
%1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Elements to put in order:</source>
        <translation>Elements to put in order:</translation>
    </message>
    <message>
        <source>Premises (left):</source>
        <translation>Premises (left):</translation>
    </message>
    <message>
        <source>Responses (right):</source>
        <translation>Responses (right):</translation>
    </message>
    <message>
        <source>draft (never given)</source>
        <translation>draft (never given)</translation>
    </message>
    <message>
        <source>pilot (given unscored, for calibration)</source>
        <translation>pilot (given unscored, for calibration)</translation>
    </message>
    <message>
        <source>operational (scored)</source>
        <translation>operational (scored)</translation>
    </message>
    <message>
        <source>retired (never given)</source>
        <translation>retired (never given)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Picture (a file of the bank&apos;s folder):</source>
        <translation>Picture (a file of the bank&apos;s folder):</translation>
    </message>
    <message>
        <source>Picture of the question</source>
        <translation>Picture of the question</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>The picture must be in the bank&apos;s folder (copy it into its images folder first).</source>
        <translation>The picture must be in the bank&apos;s folder (copy it into its images folder first).</translation>
    </message>
    <message>
        <source>Add one</source>
        <translation>Add one</translation>
    </message>
    <message>
        <source>Remove the selected one</source>
        <translation>Remove the selected one</translation>
    </message>
    <message>
        <source>a picture is taken out in the item&apos;s file (its image: lines)</source>
        <translation>a picture is taken out in the item&apos;s file (its image: lines)</translation>
    </message>
    <message>
        <source>a new entry needs an id of its own (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;): &quot;%1&quot;</source>
        <translation>a new entry needs an id of its own (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;): &quot;%1&quot;</translation>
    </message>
    <message>
        <source>One picture per language: change them in the item&apos;s file.</source>
        <translation>One picture per language: change them in the item&apos;s file.</translation>
    </message>
</context>
<context>
    <name>aicet::gui::MainWindow</name>
    <message>
        <source>Quit the test?</source>
        <translation>Quit the test?</translation>
    </message>
    <message>
        <source>Your confirmed answers are kept. To continue later, start AICET again and type the same codes.</source>
        <translation>Your confirmed answers are kept. To continue later, start AICET again and type the same codes.</translation>
    </message>
    <message>
        <source>AICET cannot open its database: %1</source>
        <translation>AICET cannot open its database: %1</translation>
    </message>
    <message>
        <source>AICET – AI competence test</source>
        <translation>AICET – AI competence test</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl −)</source>
        <translation>Smaller text (Ctrl −)</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl +)</source>
        <translation>Bigger text (Ctrl +)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Easy-to-read font</source>
        <translation>Easy-to-read font</translation>
    </message>
    <message>
        <source>You left the full-screen test. This was noted for your teacher; you can go on.</source>
        <translation>You left the full-screen test. This was noted for your teacher; you can go on.</translation>
    </message>
    <message>
        <source>Welcome back! Your answers were kept; here is where you were.</source>
        <translation>Welcome back! Your answers were kept; here is where you were.</translation>
    </message>
    <message>
        <source>5 minutes left. Take your time: every confirmed answer counts.</source>
        <translation>5 minutes left. Take your time: every confirmed answer counts.</translation>
    </message>
    <message>
        <source>You left the test window. This was noted for your teacher; you can go on calmly.</source>
        <translation>You left the test window. This was noted for your teacher; you can go on calmly.</translation>
    </message>
    <message>
        <source>No voice is installed on this computer for reading aloud.</source>
        <translation>No voice is installed on this computer for reading aloud.</translation>
    </message>
    <message>
        <source>Your teacher gave you more time.</source>
        <translation>Your teacher gave you more time.</translation>
    </message>
    <message>
        <source>The test was stopped</source>
        <translation>The test was stopped</translation>
    </message>
    <message>
        <source>Your answers are saved, but the end of the test could not be recorded (%1). Call your teacher.</source>
        <translation>Your answers are saved, but the end of the test could not be recorded (%1). Call your teacher.</translation>
    </message>
    <message>
        <source>Reading aloud does not work on this computer: no voice is installed. Ask your teacher.</source>
        <translation>Reading aloud does not work on this computer: no voice is installed. Ask your teacher.</translation>
    </message>
    <message>
        <source>The test is over. Thank you!</source>
        <translation>The test is over. Thank you!</translation>
    </message>
    <message>
        <source>The test was stopped. Every answer you confirmed is kept; your teacher will tell you what comes next.</source>
        <translation>The test was stopped. Every answer you confirmed is kept; your teacher will tell you what comes next.</translation>
    </message>
    <message>
        <source>Your answers have been saved. Your teacher will share your results with you.</source>
        <translation>Your answers have been saved. Your teacher will share your results with you.</translation>
    </message>
    <message numerus="yes">
        <source>You answered %n question(s).</source>
        <translation>
            <numerusform>You answered %n question.</numerusform>
            <numerusform>You answered %n questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>The time ran out before there were enough answers to give you a level.</source>
        <translation>The time ran out before there were enough answers to give you a level.</translation>
    </message>
    <message numerus="yes">
        <source>A level needs at least %n answered question(s): we cannot tell you yours this time.</source>
        <translation>
            <numerusform>A level needs at least %n answered question: we cannot tell you yours this time.</numerusform>
            <numerusform>A level needs at least %n answered questions: we cannot tell you yours this time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answers do not yet show your level clearly enough: we cannot tell you yours this time.</source>
        <translation>Your answers do not yet show your level clearly enough: we cannot tell you yours this time.</translation>
    </message>
    <message>
        <source>Your answers are saved. Your teacher will tell you what comes next.</source>
        <translation>Your answers are saved. Your teacher will tell you what comes next.</translation>
    </message>
    <message>
        <source>Your score is %1 points; the average is %2. A score is an estimate: yours is very likely between %3 and %4.</source>
        <translation>Your score is %1 points; the average is %2. A score is an estimate: yours is very likely between %3 and %4.</translation>
    </message>
    <message numerus="yes">
        <source>It comes from your answers to %n question(s).</source>
        <translation>
            <numerusform>It comes from your answer to %n question.</numerusform>
            <numerusform>It comes from your answers to %n questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>By area</source>
        <translation>By area</translation>
    </message>
    <message>
        <source>Each area has fewer questions than the whole test, so its result is less sure and can differ from your overall level.</source>
        <translation>Each area has fewer questions than the whole test, so its result is less sure and can differ from your overall level.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not enough questions in this area to say</source>
        <translation>not enough questions in this area to say</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Question %1: %2</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Your answer: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>The right answer: %1</source>
        <translation>The right answer: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>To learn more: the questions you missed</source>
        <translation>To learn more: the questions you missed</translation>
    </message>
    <message>
        <source>Your level: %1 (level %2 of %3)</source>
        <translation>Your level: %1 (level %2 of %3)</translation>
    </message>
    <message>
        <source>There are %1 chances out of 10 that this is really your level.</source>
        <translation>There are %1 chances out of 10 that this is really your level.</translation>
    </message>
    <message>
        <source>Your answers do not allow us to choose between these two levels: there are %1 chances out of 10 that your level is one of them.</source>
        <translation>Your answers do not allow us to choose between these two levels: there are %1 chances out of 10 that your level is one of them.</translation>
    </message>
    <message>
        <source>This result may not show what you know: talk about it with your teacher.</source>
        <translation>This result may not show what you know: talk about it with your teacher.</translation>
    </message>
    <message>
        <source>Areas covered by the test</source>
        <translation>Areas covered by the test</translation>
    </message>
    <message>
        <source>Your level is for all these areas together: with a few questions each, a result per area would say nothing more than your overall level.</source>
        <translation>Your level is for all these areas together: with a few questions each, a result per area would say nothing more than your overall level.</translation>
    </message>
    <message>
        <source>Your score is %1 points; the average is %2. A score is an estimate: yours is very likely at least %3.</source>
        <translation>Your score is %1 points; the average is %2. A score is an estimate: yours is very likely at least %3.</translation>
    </message>
    <message>
        <source>Your score is %1 points; the average is %2. A score is an estimate: yours is very likely at most %3.</source>
        <translation>Your score is %1 points; the average is %2. A score is an estimate: yours is very likely at most %3.</translation>
    </message>
    <message>
        <source>Your level: %1 or %2 (levels %3 and %4 of %5)</source>
        <translation>Your level: %1 or %2 (levels %3 and %4 of %5)</translation>
    </message>
    <message>
        <source>You answered many questions faster than they can be read.</source>
        <translation>You answered many questions faster than they can be read.</translation>
    </message>
    <message>
        <source>Your teacher will look at this result with you: it may not show everything you know.</source>
        <translation>Your teacher will look at this result with you: it may not show everything you know.</translation>
    </message>
</context>
<context>
    <name>aicet::gui::NewItemDialog</name>
    <message>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>letters, digits, . _ - (at most 64)</source>
        <translation>letters, digits, . _ - (at most 64)</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Competency:</source>
        <translation>Competency:</translation>
    </message>
    <message>
        <source>In the file:</source>
        <translation>In the file:</translation>
    </message>
    <message>
        <source>The question is added as a draft, with texts to write in every language of the bank; edit it next.</source>
        <translation>The question is added as a draft, with texts to write in every language of the bank; edit it next.</translation>
    </message>
    <message>
        <source>the id is made of letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation>the id is made of letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64)</translation>
    </message>
    <message>
        <source>the bank already has a question &quot;%1&quot;</source>
        <translation>the bank already has a question &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the bank needs a competency and an item file first</source>
        <translation>the bank needs a competency and an item file first</translation>
    </message>
    <message>
        <source>new question %1</source>
        <translation>new question %1</translation>
    </message>
    <message>
        <source>Nothing was written:
%1</source>
        <translation>Nothing was written:
%1</translation>
    </message>
</context>
<context>
    <name>aicet::gui::QtiImportDialog</name>
    <message>
        <source>Import questions from QTI</source>
        <translation>Import questions from QTI</translation>
    </message>
    <message>
        <source>QTI question</source>
        <translation>QTI question</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>What becomes of it</source>
        <translation>What becomes of it</translation>
    </message>
    <message>
        <source>Id in the bank</source>
        <translation>Id in the bank</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>draft (never given)</source>
        <translation>draft (never given)</translation>
    </message>
    <message>
        <source>pilot (given unscored, for calibration)</source>
        <translation>pilot (given unscored, for calibration)</translation>
    </message>
    <message>
        <source>Import them as:</source>
        <translation>Import them as:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>can be imported</source>
        <translation>can be imported</translation>
    </message>
    <message>
        <source>imported, to check</source>
        <translation>imported, to check</translation>
    </message>
    <message>
        <source>can be imported, to check</source>
        <translation>can be imported, to check</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>not imported</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Nothing can be imported: %1</translation>
    </message>
    <message>
        <source>%1 question(s) imported into %2 (%3 to check), %4 not imported.</source>
        <translation>%1 question(s) imported into %2 (%3 to check), %4 not imported.</translation>
    </message>
    <message>
        <source>%1 question(s) can be imported into %2 (%3 to check), %4 cannot.</source>
        <translation>%1 question(s) can be imported into %2 (%3 to check), %4 cannot.</translation>
    </message>
</context>
<context>
    <name>aicet::gui::QuestionPage</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>Question %1 of about %2–%3</source>
        <translation>Question %1 of about %2–%3</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Reads the question and the answers aloud.</source>
        <translation>Reads the question and the answers aloud.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Confirms your answer. You will be asked once more.</source>
        <translation>Confirms your answer. You will be asked once more.</translation>
    </message>
    <message>
        <source>Confirm this answer? You cannot change it afterwards.</source>
        <translation>Confirm this answer? You cannot change it afterwards.</translation>
    </message>
    <message>
        <source>Yes, confirm</source>
        <translation>Yes, confirm</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>No, go back</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Time left: %1</translation>
    </message>
    <message>
        <source>Time left: %1 minutes</source>
        <translation>Time left: %1 minutes</translation>
    </message>
    <message>
        <source>Answer the question first.</source>
        <translation>Answer the question first.</translation>
    </message>
    <message>
        <source>The test goes on.</source>
        <translation>The test goes on.</translation>
    </message>
    <message>
        <source>The test is paused</source>
        <translation>The test is paused</translation>
    </message>
    <message>
        <source>Your teacher has paused the test for a moment. The clock is stopped and your answers are kept. Wait: your question comes back when the test goes on.</source>
        <translation>Your teacher has paused the test for a moment. The clock is stopped and your answers are kept. Wait: your question comes back when the test goes on.</translation>
    </message>
</context>
<context>
    <name>aicet::gui::ResultsPage</name>
    <message>
        <source>Sitting:</source>
        <translation>Sitting:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>The selected pupil</source>
        <translation>The selected pupil</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Save this pupil&apos;s report (PDF)…</source>
        <translation>Save this pupil&apos;s report (PDF)…</translation>
    </message>
    <message>
        <source>Select a pupil in the table first.</source>
        <translation>Select a pupil in the table first.</translation>
    </message>
    <message>
        <source>Save the pupil&apos;s report</source>
        <translation>Save the pupil&apos;s report</translation>
    </message>
    <message>
        <source>report-%1.pdf</source>
        <translation>report-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The questions of this sitting:</source>
        <translation>The questions of this sitting:</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mean score</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No sitting yet: create one on the Sittings tab.</source>
        <translation>No sitting yet: create one on the Sittings tab.</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no level (%1)</source>
        <translation>no level (%1)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <source>not enough answers</source>
        <translation>not enough answers</translation>
    </message>
    <message>
        <source>to check: %1</source>
        <translation>to check: %1</translation>
    </message>
    <message>
        <source>Absent (not started): %1.</source>
        <translation>Absent (not started): %1.</translation>
    </message>
    <message>
        <source>Not finished yet: %1.</source>
        <translation>Not finished yet: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) with a result</source>
        <translation>
            <numerusform>%n pupil with a result</numerusform>
            <numerusform>%n pupils with a result</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n with a level)</source>
        <translation>
            <numerusform> (%n with a level)</numerusform>
            <numerusform> (%n with a level)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n absent</source>
        <translation>
            <numerusform>, %n absent</numerusform>
            <numerusform>, %n absent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not finished.</source>
        <translation>
            <numerusform>, %n not finished.</numerusform>
            <numerusform>, %n not finished.</numerusform>
        </translation>
    </message>
    <message>
        <source>no level</source>
        <translation>no level</translation>
    </message>
    <message>
        <source>Pupils by level</source>
        <translation>Pupils by level</translation>
    </message>
    <message>
        <source>[pilot] </source>
        <translation>[pilot] </translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Select a pupil in the table to see each of their answers.</source>
        <translation>Select a pupil in the table to see each of their answers.</translation>
    </message>
    <message>
        <source>pilot, not scored</source>
        <translation>pilot, not scored</translation>
    </message>
    <message>
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>wrong</translation>
    </message>
    <message>
        <source>partly right (%1/%2)</source>
        <translation>partly right (%1/%2)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: %2 of %3 scored questions right, %4 minutes of answering.</source>
        <translation>%1: %2 of %3 scored questions right, %4 minutes of answering.</translation>
    </message>
    <message>
        <source>Estimated ability after each question answered (band: margin of error)</source>
        <translation>Estimated ability after each question answered (band: margin of error)</translation>
    </message>
    <message>
        <source>Report saved in %1</source>
        <translation>Report saved in %1</translation>
    </message>
    <message>
        <source>Export this pupil&apos;s data (JSON)…</source>
        <translation>Export this pupil&apos;s data (JSON)…</translation>
    </message>
    <message>
        <source>Erase this pupil&apos;s personal data…</source>
        <translation>Erase this pupil&apos;s personal data…</translation>
    </message>
    <message>
        <source>Export the pupil&apos;s data</source>
        <translation>Export the pupil&apos;s data</translation>
    </message>
    <message>
        <source>pupil-%1.json</source>
        <translation>pupil-%1.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Issue the certificates and attestations…</source>
        <translation>Issue the certificates and attestations…</translation>
    </message>
    <message>
        <source>Where to put the documents</source>
        <translation>Where to put the documents</translation>
    </message>
    <message>
        <source>Save the class report (PDF)…</source>
        <translation>Save the class report (PDF)…</translation>
    </message>
    <message>
        <source>Save the class report</source>
        <translation>Save the class report</translation>
    </message>
    <message>
        <source>class-report-%1.pdf</source>
        <translation>class-report-%1.pdf</translation>
    </message>
    <message>
        <source>Export the results (CSV)…</source>
        <translation>Export the results (CSV)…</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Export the results</translation>
    </message>
    <message>
        <source>results-%1.csv</source>
        <translation>results-%1.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the results (JSON)…</source>
        <translation>Export the results (JSON)…</translation>
    </message>
    <message>
        <source>results-%1.json</source>
        <translation>results-%1.json</translation>
    </message>
    <message>
        <source>Only the teacher who created this sitting or an administrator issues its documents.</source>
        <translation>Only the teacher who created this sitting or an administrator issues its documents.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n attestation(s) in %1</source>
        <translation>
            <numerusform> and %n attestation in %1</numerusform>
            <numerusform> and %n attestations in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every page in one file, to print: %1</source>
        <translation>Every page in one file, to print: %1</translation>
    </message>
    <message>
        <source>Nothing for those who have not finished: %1.</source>
        <translation>Nothing for those who have not finished: %1.</translation>
    </message>
    <message>
        <source>Choose a sitting first.</source>
        <translation>Choose a sitting first.</translation>
    </message>
    <message>
        <source>Class report saved in %1</source>
        <translation>Class report saved in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) exported to %1</source>
        <translation>
            <numerusform>%n result exported to %1</numerusform>
            <numerusform>%n results exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the teacher who created this sitting or an administrator does this.</source>
        <translation>Only the teacher who created this sitting or an administrator does this.</translation>
    </message>
    <message>
        <source>Everything held about %1 exported to %2</source>
        <translation>Everything held about %1 exported to %2</translation>
    </message>
    <message>
        <source>Erase the pupil&apos;s personal data</source>
        <translation>Erase the pupil&apos;s personal data</translation>
    </message>
    <message>
        <source>Erase the name, class and code of %1 in this sitting? Their answers stay, without anything that says who gave them. This cannot be undone.</source>
        <translation>Erase the name, class and code of %1 in this sitting? Their answers stay, without anything that says who gave them. This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>%1 erased; %n test(s) kept without a name.</source>
        <translation>
            <numerusform>%1 erased; %n test kept without a name.</numerusform>
            <numerusform>%1 erased; %n tests kept without a name.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify a certificate (PDF)…</source>
        <translation>Verify a certificate (PDF)…</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Verify a certificate</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>NOT AUTHENTIC: %1</source>
        <translation>NOT AUTHENTIC: %1</translation>
    </message>
    <message>
        <source>Authentic certificate %1 for %2, %3: level %4, score %5.</source>
        <translation>Authentic certificate %1 for %2, %3: level %4, score %5.</translation>
    </message>
    <message>
        <source>Authentic participation attestation %1 for %2, %3.</source>
        <translation>Authentic participation attestation %1 for %2, %3.</translation>
    </message>
    <message>
        <source>Check that the document shows exactly this.</source>
        <translation>Check that the document shows exactly this.</translation>
    </message>
</context>
<context>
    <name>aicet::gui::SittingsPage</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Tests started / finished</source>
        <translation>Tests started / finished</translation>
    </message>
    <message>
        <source>Close the selected sitting</source>
        <translation>Close the selected sitting</translation>
    </message>
    <message>
        <source>New sitting for your classes</source>
        <translation>New sitting for your classes</translation>
    </message>
    <message>
        <source>e.g. 5B-DEC</source>
        <translation>e.g. 5B-DEC</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>The question bank&apos;s folder</source>
        <translation>The question bank&apos;s folder</translation>
    </message>
    <message>
        <source>the bank&apos;s</source>
        <translation>the bank&apos;s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>the pupil chooses</source>
        <translation>the pupil chooses</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Show each pupil their result at the end</source>
        <translation>Show each pupil their result at the end</translation>
    </message>
    <message>
        <source>Test code:</source>
        <translation>Test code:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <source>Questions, at least:</source>
        <translation>Questions, at least:</translation>
    </message>
    <message>
        <source>at most:</source>
        <translation>at most:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Time limit:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Classes taking it:</source>
        <translation>Classes taking it:</translation>
    </message>
    <message>
        <source>Create the sitting</source>
        <translation>Create the sitting</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n pupil(s))</source>
        <translation>
            <numerusform>%1 (%n pupil)</numerusform>
            <numerusform>%1 (%n pupils)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a sitting in the table first.</source>
        <translation>Select a sitting in the table first.</translation>
    </message>
    <message>
        <source>Sitting %1 closed: no new test can start (those under way go on).</source>
        <translation>Sitting %1 closed: no new test can start (those under way go on).</translation>
    </message>
    <message>
        <source>Follow it live</source>
        <translation>Follow it live</translation>
    </message>
    <message>
        <source>Extra time for pupils entitled to it:</source>
        <translation>Extra time for pupils entitled to it:</translation>
    </message>
    <message>
        <source>Pupils may start</source>
        <translation>Pupils may start</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Pupils may start:</source>
        <translation>Pupils may start:</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>from %1 until %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>any time</translation>
    </message>
    <message>
        <source>Open it again</source>
        <translation>Open it again</translation>
    </message>
    <message>
        <source>Sitting %1 open again: pupils may start it.</source>
        <translation>Sitting %1 open again: pupils may start it.</translation>
    </message>
    <message>
        <source>When the bank&apos;s test includes pilot questions, each pupil answers them too (they do not count in the result). Untick to give only scored questions.</source>
        <translation>When the bank&apos;s test includes pilot questions, each pupil answers them too (they do not count in the result). Untick to give only scored questions.</translation>
    </message>
    <message>
        <source>Exam mode</source>
        <translation>Exam mode</translation>
    </message>
    <message>
        <source>Pilot questions</source>
        <translation>Pilot questions</translation>
    </message>
    <message>
        <source>The test fills the screen and leaving it is noted.</source>
        <translation>The test fills the screen and leaving it is noted.</translation>
    </message>
    <message>
        <source>A few new questions, not scored, that help calibrate the bank (when its test includes them).</source>
        <translation>A few new questions, not scored, that help calibrate the bank (when its test includes them).</translation>
    </message>
</context>
<context>
    <name>aicet::gui::StaffSignInDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <source>This database has no staff account yet. Create its administrator: the person who will add the teachers&apos; and trainers&apos; accounts. Choose a password of at least %1 characters and keep it safe.</source>
        <translation>This database has no staff account yet. Create its administrator: the person who will add the teachers&apos; and trainers&apos; accounts. Choose a password of at least %1 characters and keep it safe.</translation>
    </message>
    <message>
        <source>For teachers, trainers and administrators. Pupils do not need this.</source>
        <translation>For teachers, trainers and administrators. Pupils do not need this.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The same password &amp;again:</source>
        <translation>The same password &amp;again:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>This database already holds tests but has no staff account yet. For safety, its administrator is created at a terminal on the computer that holds it: aicet-cli staff init --name NAME.</source>
        <translation>This database already holds tests but has no staff account yet. For safety, its administrator is created at a terminal on the computer that holds it: aicet-cli staff init --name NAME.</translation>
    </message>
    <message>
        <source>Certificates will be signed with the issuer&apos;s key already in %1.</source>
        <translation>Certificates will be signed with the issuer&apos;s key already in %1.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key, which signs the certificates, was created in %1 (key %2). Keep a copy of it in a safe place: without it, no certificate can be signed; with it, anyone could sign one.</source>
        <translation>The issuer&apos;s key, which signs the certificates, was created in %1 (key %2). Keep a copy of it in a safe place: without it, no certificate can be signed; with it, anyone could sign one.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key could not be created (%1): certificates cannot be signed until it is (aicet-cli certificate create-key).</source>
        <translation>The issuer&apos;s key could not be created (%1): certificates cannot be signed until it is (aicet-cli certificate create-key).</translation>
    </message>
</context>
<context>
    <name>aicet::gui::StaffWindow</name>
    <message>
        <source>teacher</source>
        <translation>teacher</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>trainer</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>AICET – staff: %1</source>
        <translation>AICET – staff: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Signed in as %1 (%2).</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Your account</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Disable the selected account</source>
        <translation>Disable the selected account</translation>
    </message>
    <message>
        <source>Enable it again</source>
        <translation>Enable it again</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>The same password again:</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Add the account</translation>
    </message>
    <message>
        <source>Password of the selected account (or yours)</source>
        <translation>Password of the selected account (or yours)</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>Your current password (when it is yours):</source>
        <translation>Your current password (when it is yours):</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Change the password</translation>
    </message>
    <message>
        <source>Locked after %1 minutes without activity. %2, type your password to go on.</source>
        <translation>Locked after %1 minutes without activity. %2, type your password to go on.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message numerus="yes">
        <source>waiting after %n wrong password(s)</source>
        <translation>
            <numerusform>waiting after %n wrong password</numerusform>
            <numerusform>waiting after %n wrong passwords</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Select an account in the table first.</source>
        <translation>Select an account in the table first.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Sittings</source>
        <translation>Sittings</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Question banks</source>
        <translation>Question banks</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
</context>
<context>
    <name>aicet::gui::StartPage</name>
    <message>
        <source>AICET – AI competence test</source>
        <translation>AICET – AI competence test</translation>
    </message>
    <message>
        <source>Welcome! This test shows what you know about artificial intelligence. Choose your language, then start.</source>
        <translation>Welcome! This test shows what you know about artificial intelligence. Choose your language, then start.</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Take the practice test</source>
        <translation>Take the practice test</translation>
    </message>
    <message>
        <source>A test to try AICET; your teacher does not need to give you a code.</source>
        <translation>A test to try AICET; your teacher does not need to give you a code.</translation>
    </message>
    <message>
        <source>Your teacher gave you a code?</source>
        <translation>Your teacher gave you a code?</translation>
    </message>
    <message>
        <source>Test &amp;code:</source>
        <translation>Test &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Your code:</source>
        <translation>&amp;Your code:</translation>
    </message>
    <message>
        <source>Your &amp;name (if asked):</source>
        <translation>Your &amp;name (if asked):</translation>
    </message>
    <message>
        <source>Test code</source>
        <translation>Test code</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>Your code</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Start the test</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Verify a certificate</translation>
    </message>
    <message>
        <source>Please type the test code your teacher gave you.</source>
        <translation>Please type the test code your teacher gave you.</translation>
    </message>
    <message>
        <source>Please type your own code too.</source>
        <translation>Please type your own code too.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>For teachers, trainers and administrators: sign in with a password.</source>
        <translation>For teachers, trainers and administrators: sign in with a password.</translation>
    </message>
</context>
<context>
    <name>aicet::gui::VerifyDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Verify a certificate</translation>
    </message>
    <message>
        <source>Certificate text</source>
        <translation>Certificate text</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not authentic.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Not authentic.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificate</translation>
    </message>
    <message>
        <source>participation attestation</source>
        <translation>participation attestation</translation>
    </message>
    <message>
        <source>Type or paste the text printed under the certificate&apos;s QR code, or scan the QR code with a scanner.</source>
        <translation>Type or paste the text printed under the certificate&apos;s QR code, or scan the QR code with a scanner.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>type or paste the text printed under the QR code first</source>
        <translation>type or paste the text printed under the QR code first</translation>
    </message>
    <message>
        <source>&lt;b&gt;Authentic %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Authentic %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Level: %1 — score %2</source>
        <translation>Level: %1 — score %2</translation>
    </message>
    <message>
        <source>Bank: %1 (%2)</source>
        <translation>Bank: %1 (%2)</translation>
    </message>
    <message>
        <source>Check that the document shows exactly this.</source>
        <translation>Check that the document shows exactly this.</translation>
    </message>
</context>
<context>
    <name>aicet::reports</name>
    <message>
        <source>Calibration report: %1</source>
        <translation>Calibration report: %1</translation>
    </message>
    <message>
        <source>Responses: %1; %2 persons.</source>
        <translation>Responses: %1; %2 persons.</translation>
    </message>
    <message>
        <source>Items: %1 estimated, %2 anchors (kept their parameters); model: %3.</source>
        <translation>Items: %1 estimated, %2 anchors (kept their parameters); model: %3.</translation>
    </message>
    <message>
        <source>Estimation converged after %1 EM cycles; log-likelihood %2.</source>
        <translation>Estimation converged after %1 EM cycles; log-likelihood %2.</translation>
    </message>
    <message>
        <source>The estimation did NOT converge after %1 EM cycles: the parameters below are not to be used.</source>
        <translation>The estimation did NOT converge after %1 EM cycles: the parameters below are not to be used.</translation>
    </message>
    <message>
        <source>Computed on %1.</source>
        <translation>Computed on %1.</translation>
    </message>
    <message>
        <source>On the anchors&apos; scale, the pupils&apos; abilities have a mean of %1 and a standard deviation of %2 (the bank&apos;s reference population: 0 and 1).</source>
        <translation>On the anchors&apos; scale, the pupils&apos; abilities have a mean of %1 and a standard deviation of %2 (the bank&apos;s reference population: 0 and 1).</translation>
    </message>
    <message>
        <source>%1: its answers do not follow the model&apos;s curve (%2). Read the question again: it may be ambiguous, have two right answers or a wrong key.</source>
        <translation>%1: its answers do not follow the model&apos;s curve (%2). Read the question again: it may be ambiguous, have two right answers or a wrong key.</translation>
    </message>
    <message>
        <source>RMSD %1, S-X2 p = %2</source>
        <translation>RMSD %1, S-X2 p = %2</translation>
    </message>
    <message>
        <source>RMSD %1</source>
        <translation>RMSD %1</translation>
    </message>
    <message>
        <source>%1: estimated from %2 answers, fewer than its model needs (%3): its parameters are provisional.</source>
        <translation>%1: estimated from %2 answers, fewer than its model needs (%3): its parameters are provisional.</translation>
    </message>
    <message>
        <source>%1: pupils with a higher ability do not succeed more often (correlation %2): check its key.</source>
        <translation>%1: pupils with a higher ability do not succeed more often (correlation %2): check its key.</translation>
    </message>
    <message>
        <source>%1: works differently for &quot;%2&quot; than for &quot;%3&quot; at equal ability (%4 %5, class %6): it is %7 for &quot;%2&quot;. Check the translation, the words and the context it assumes.</source>
        <translation>%1: works differently for &quot;%2&quot; than for &quot;%3&quot; at equal ability (%4 %5, class %6): it is %7 for &quot;%2&quot;. Check the translation, the words and the context it assumes.</translation>
    </message>
    <message>
        <source>ETS delta</source>
        <translation>ETS delta</translation>
    </message>
    <message>
        <source>SMD/SD</source>
        <translation>SMD/SD</translation>
    </message>
    <message>
        <source>harder</source>
        <translation>harder</translation>
    </message>
    <message>
        <source>easier</source>
        <translation>easier</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;: their answers go together beyond ability (Q3 %3, average %4, %5 pupils): one may give the other away, or they share a scenario. Do not give them in the same test, or merge them.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;: their answers go together beyond ability (Q3 %3, average %4, %5 pupils): one may give the other away, or they share a scenario. Do not give them in the same test, or merge them.</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>What needs attention</translation>
    </message>
    <message>
        <source>Nothing: every item fits, none works differently between the groups compared, no pair depends on another.</source>
        <translation>Nothing: every item fits, none works differently between the groups compared, no pair depends on another.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Standard errors</source>
        <translation>Standard errors</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mean score</translation>
    </message>
    <message>
        <source>Correlation with ability</source>
        <translation>Correlation with ability</translation>
    </message>
    <message>
        <source>RMSD</source>
        <translation>RMSD</translation>
    </message>
    <message>
        <source>S-X2 (df, p)</source>
        <translation>S-X2 (df, p)</translation>
    </message>
    <message>
        <source>DIF</source>
        <translation>DIF</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>nobody answered it</source>
        <translation>nobody answered it</translation>
    </message>
    <message>
        <source> (anchor)</source>
        <translation> (anchor)</translation>
    </message>
    <message>
        <source>Differential item functioning by %1</source>
        <translation>Differential item functioning by %1</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Difficulty shift (SE)</source>
        <translation>Difficulty shift (SE)</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>%1 comparison(s) judged; %2 shown above (class B or C), the others are A (negligible).</source>
        <translation>%1 comparison(s) judged; %2 shown above (class B or C), the others are A (negligible).</translation>
    </message>
    <message>
        <source>One ability or several?</source>
        <translation>One ability or several?</translation>
    </message>
    <message>
        <source>reliability %1</source>
        <translation>reliability %1</translation>
    </message>
    <message>
        <source>Too few pupils answered items of two areas to compare them.</source>
        <translation>Too few pupils answered items of two areas to compare them.</translation>
    </message>
    <message>
        <source>One ability explains the answers: the areas&apos; abilities correlate %1 on average (at least %2 between any two, once measurement error is taken out). Scores by area would add nothing to the overall score.</source>
        <translation>One ability explains the answers: the areas&apos; abilities correlate %1 on average (at least %2 between any two, once measurement error is taken out). Scores by area would add nothing to the overall score.</translation>
    </message>
    <message>
        <source>The areas measure abilities that differ: their correlation falls to %1 (average %2) once measurement error is taken out. A profile by area can say more than the overall score.</source>
        <translation>The areas measure abilities that differ: their correlation falls to %1 (average %2) once measurement error is taken out. A profile by area can say more than the overall score.</translation>
    </message>
    <message>
        <source>The bank states a correlation of %1 between areas (scale.dimension_correlation); the answers suggest %2.</source>
        <translation>The bank states a correlation of %1 between areas (scale.dimension_correlation); the answers suggest %2.</translation>
    </message>
    <message>
        <source>Residual correlation (Q3) between items of one area: %1; of different areas: %2. Items of one area whose residuals go together more than others&apos; betray an ability of their own.</source>
        <translation>Residual correlation (Q3) between items of one area: %1; of different areas: %2. Items of one area whose residuals go together more than others&apos; betray an ability of their own.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <source>Marginal maximum likelihood by EM (Bock and Aitkin), %1 quadrature points on [%2, %3], accelerated by SQUAREM; the lower asymptote of 3PL items has a Beta(%4, %5) prior unless fixed.</source>
        <translation>Marginal maximum likelihood by EM (Bock and Aitkin), %1 quadrature points on [%2, %3], accelerated by SQUAREM; the lower asymptote of 3PL items has a Beta(%4, %5) prior unless fixed.</translation>
    </message>
    <message>
        <source>RMSD: the gap between the observed and the expected score along the ability scale (the item fit of PISA and PIAAC, made for adaptive tests where each pupil answers few items); flagged above %1.</source>
        <translation>RMSD: the gap between the observed and the expected score along the ability scale (the item fit of PISA and PIAAC, made for adaptive tests where each pupil answers few items); flagged above %1.</translation>
    </message>
    <message>
        <source>S-X2 (Orlando and Thissen 2000): on complete data only, pupils grouped by summed score; flagged below p = %1.</source>
        <translation>S-X2 (Orlando and Thissen 2000): on complete data only, pupils grouped by summed score; flagged below p = %1.</translation>
    </message>
    <message>
        <source>Answers needed (De Ayala 2009): 200 for 1PL, 500 for 2PL and partial credit, 1000 for 3PL.</source>
        <translation>Answers needed (De Ayala 2009): 200 for 1PL, 500 for 2PL and partial credit, 1000 for 3PL.</translation>
    </message>
    <message>
        <source>Local dependence: Yen&apos;s Q3, flagged %1 above the average of all pairs (Christensen, Makransky and Horton 2017).</source>
        <translation>Local dependence: Yen&apos;s Q3, flagged %1 above the average of all pairs (Christensen, Makransky and Horton 2017).</translation>
    </message>
    <message>
        <source>Dimensionality: each area&apos;s ability estimated from its items alone, correlations corrected for measurement error; areas correlated at least %1 measure one ability (Sinharay, Puhan and Haberman 2011).</source>
        <translation>Dimensionality: each area&apos;s ability estimated from its items alone, correlations corrected for measurement error; areas correlated at least %1 measure one ability (Sinharay, Puhan and Haberman 2011).</translation>
    </message>
    <message>
        <source>DIF: each group&apos;s difficulty shift for the item, with the pupils&apos; abilities from their other answers and each group&apos;s own ability distribution (so that a group&apos;s lower ability is not taken for DIF), the items found with DIF left out once (purification); likelihood ratio test. Right/wrong items: ETS classes from the delta (−2.35 × log odds ratio): A when |delta| is below 1 or not significant, C when it is at least 1.5 and significantly above 1, B between. Partial credit: SMD/SD, AA up to 0.17 or not significant, CC above 0.25, BB between (Zwick, Thayer and Mazzeo 1997). At least %1 answers per group.</source>
        <translation>DIF: each group&apos;s difficulty shift for the item, with the pupils&apos; abilities from their other answers and each group&apos;s own ability distribution (so that a group&apos;s lower ability is not taken for DIF), the items found with DIF left out once (purification); likelihood ratio test. Right/wrong items: ETS classes from the delta (−2.35 × log odds ratio): A when |delta| is below 1 or not significant, C when it is at least 1.5 and significantly above 1, B between. Partial credit: SMD/SD, AA up to 0.17 or not significant, CC above 0.25, BB between (Zwick, Thayer and Mazzeo 1997). At least %1 answers per group.</translation>
    </message>
    <message>
        <source>misfit (RMSD)</source>
        <translation>misfit (RMSD)</translation>
    </message>
    <message>
        <source>misfit (S-X2)</source>
        <translation>misfit (S-X2)</translation>
    </message>
    <message>
        <source>too few answers</source>
        <translation>too few answers</translation>
    </message>
    <message>
        <source>%1: its right option %2 is chosen by fewer of the strongest pupils (%3) than of the weakest (%4): check the key.</source>
        <translation>%1: its right option %2 is chosen by fewer of the strongest pupils (%3) than of the weakest (%4): check the key.</translation>
    </message>
    <message>
        <source>%1: the wrong option %2 draws the strongest pupils (%3 of the strongest third, %4 of the weakest): it may be right too, or the question ambiguous.</source>
        <translation>%1: the wrong option %2 draws the strongest pupils (%3 of the strongest third, %4 of the weakest): it may be right too, or the question ambiguous.</translation>
    </message>
    <message>
        <source>Options chosen by ability</source>
        <translation>Options chosen by ability</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Weakest third</source>
        <translation>Weakest third</translation>
    </message>
    <message>
        <source>Middle third</source>
        <translation>Middle third</translation>
    </message>
    <message>
        <source>Strongest third</source>
        <translation>Strongest third</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>%1 choice item(s) analysed (at least %2 answers each); %3 shown above, where the right option does not rise with ability or a wrong one draws the strongest pupils. Every item&apos;s shares are in options.csv.</source>
        <translation>%1 choice item(s) analysed (at least %2 answers each); %3 shown above, where the right option does not rise with ability or a wrong one draws the strongest pupils. Every item&apos;s shares are in options.csv.</translation>
    </message>
    <message>
        <source>Not judged: %1.</source>
        <translation>Not judged: %1.</translation>
    </message>
</context>
<context>
    <name>aicet::reports::Document</name>
    <message>
        <source>Certificate of competence in artificial intelligence</source>
        <translation>Certificate of competence in artificial intelligence</translation>
    </message>
    <message>
        <source>Attestation of participation</source>
        <translation>Attestation of participation</translation>
    </message>
    <message>
        <source>This attestation confirms taking part in the test. It certifies no level: the test did not gather enough evidence for that.</source>
        <translation>This attestation confirms taking part in the test. It certifies no level: the test did not gather enough evidence for that.</translation>
    </message>
    <message>
        <source>is awarded to</source>
        <translation>is awarded to</translation>
    </message>
    <message>
        <source>is given to</source>
        <translation>is given to</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Level reached</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>confidence interval</source>
        <translation>confidence interval</translation>
    </message>
    <message>
        <source>Profile by area</source>
        <translation>Profile by area</translation>
    </message>
    <message>
        <source>not enough evidence</source>
        <translation>not enough evidence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sitting</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Attestation number</source>
        <translation>Attestation number</translation>
    </message>
    <message>
        <source>Verify: scan the QR code, or type the text below into the AICET verification tool.</source>
        <translation>Verify: scan the QR code, or type the text below into the AICET verification tool.</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Question bank</translation>
    </message>
    <message>
        <source>Test version</source>
        <translation>Test version</translation>
    </message>
    <message>
        <source>issuer&apos;s key</source>
        <translation>issuer&apos;s key</translation>
    </message>
    <message>
        <source>Estimated ability after each question answered (band: margin of error; 0 = average of pupils)</source>
        <translation>Estimated ability after each question answered (band: margin of error; 0 = average of pupils)</translation>
    </message>
    <message>
        <source>pilot question, not scored</source>
        <translation>pilot question, not scored</translation>
    </message>
    <message>
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>wrong</translation>
    </message>
    <message>
        <source>partly right (%1/%2)</source>
        <translation>partly right (%1/%2)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <source>time:</source>
        <translation>time:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Pupil’s answer</source>
        <translation>Pupil’s answer</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Right answer</translation>
    </message>
    <message>
        <source>AICET result report</source>
        <translation>AICET result report</translation>
    </message>
    <message>
        <source>none (incomplete: time up)</source>
        <translation>none (incomplete: time up)</translation>
    </message>
    <message>
        <source>none (incomplete: test stopped)</source>
        <translation>none (incomplete: test stopped)</translation>
    </message>
    <message>
        <source>none (not enough evidence)</source>
        <translation>none (not enough evidence)</translation>
    </message>
    <message>
        <source>Result report</source>
        <translation>Result report</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Candidate:</translation>
    </message>
    <message>
        <source>Sitting:</source>
        <translation>Sitting:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>Date of the test:</source>
        <translation>Date of the test:</translation>
    </message>
    <message>
        <source>Level reached:</source>
        <translation>Level reached:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <source>between</source>
        <translation>between</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>estimated ability:</source>
        <translation>estimated ability:</translation>
    </message>
    <message>
        <source>margin of error</source>
        <translation>margin of error</translation>
    </message>
    <message>
        <source>scored questions</source>
        <translation>scored questions</translation>
    </message>
    <message>
        <source>Level in each area</source>
        <translation>Level in each area</translation>
    </message>
    <message>
        <source>not enough questions in this area</source>
        <translation>not enough questions in this area</translation>
    </message>
    <message>
        <source>Times the test window was left:</source>
        <translation>Times the test window was left:</translation>
    </message>
    <message>
        <source>Resumed after the computer stopped:</source>
        <translation>Resumed after the computer stopped:</translation>
    </message>
    <message>
        <source>Paused by the teacher:</source>
        <translation>Paused by the teacher:</translation>
    </message>
    <message>
        <source>How to read this report: ability is estimated on a scale where 0 is the average of pupils (the score is the same measure on a scale where the average is %1). The margin of error tells how precise this estimate is; on the chart, the band shows it after each answer.</source>
        <translation>How to read this report: ability is estimated on a scale where 0 is the average of pupils (the score is the same measure on a scale where the average is %1). The margin of error tells how precise this estimate is; on the chart, the band shows it after each answer.</translation>
    </message>
    <message>
        <source>The questions</source>
        <translation>The questions</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>For %1: %2</source>
        <translation>For %1: %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>Probability that this level is right: %1%.</source>
        <translation>Probability that this level is right: %1%.</translation>
    </message>
    <message>
        <source>The answers do not tell these two levels apart; probability that the level is one of them: %1%.</source>
        <translation>The answers do not tell these two levels apart; probability that the level is one of them: %1%.</translation>
    </message>
    <message>
        <source>the answers look like answers given at random</source>
        <translation>the answers look like answers given at random</translation>
    </message>
    <message>
        <source>%1 of %2 answers came faster than the question can be read</source>
        <translation>%1 of %2 answers came faster than the question can be read</translation>
    </message>
    <message>
        <source>To check:</source>
        <translation>To check:</translation>
    </message>
    <message>
        <source>This result may not show what the pupil knows, and earns no certificate.</source>
        <translation>This result may not show what the pupil knows, and earns no certificate.</translation>
    </message>
    <message>
        <source>Areas covered by the test</source>
        <translation>Areas covered by the test</translation>
    </message>
    <message>
        <source>The level is for all these areas together: with a few questions each, a level per area would say nothing more than the overall one.</source>
        <translation>The level is for all these areas together: with a few questions each, a level per area would say nothing more than the overall one.</translation>
    </message>
    <message>
        <source>very likely at least %1</source>
        <translation>very likely at least %1</translation>
    </message>
    <message>
        <source>very likely at most %1</source>
        <translation>very likely at most %1</translation>
    </message>
    <message>
        <source>no pupil: no slip to print</source>
        <translation>no pupil: no slip to print</translation>
    </message>
    <message>
        <source>AICET code slips</source>
        <translation>AICET code slips</translation>
    </message>
    <message>
        <source>cannot draw the PDF</source>
        <translation>cannot draw the PDF</translation>
    </message>
    <message>
        <source>Test code:</source>
        <translation>Test code:</translation>
    </message>
    <message>
        <source>Your personal code:</source>
        <translation>Your personal code:</translation>
    </message>
    <message>
        <source>Keep this slip: you need the code to start the test. Do not show it to anyone.</source>
        <translation>Keep this slip: you need the code to start the test. Do not show it to anyone.</translation>
    </message>
    <message>
        <source>Staff actions and incidents:</source>
        <translation>Staff actions and incidents:</translation>
    </message>
    <message>
        <source>resumed after a pause</source>
        <translation>resumed after a pause</translation>
    </message>
    <message>
        <source>extra time set to %1 min</source>
        <translation>extra time set to %1 min</translation>
    </message>
    <message>
        <source>%1 more minutes</source>
        <translation>%1 more minutes</translation>
    </message>
    <message>
        <source>reopened with %1 more minutes</source>
        <translation>reopened with %1 more minutes</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reopened</translation>
    </message>
    <message>
        <source>technical problem</source>
        <translation>technical problem</translation>
    </message>
    <message>
        <source>fraud suspected</source>
        <translation>fraud suspected</translation>
    </message>
    <message>
        <source>pupil unwell</source>
        <translation>pupil unwell</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>incident: %1</source>
        <translation>incident: %1</translation>
    </message>
    <message>
        <source>Pupils by level</source>
        <translation>Pupils by level</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Class report</translation>
    </message>
    <message>
        <source>%1 pupils with a result, %2 absent, %3 not finished.</source>
        <translation>%1 pupils with a result, %2 absent, %3 not finished.</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Absent (not started):</source>
        <translation>Absent (not started):</translation>
    </message>
    <message>
        <source>Not finished:</source>
        <translation>Not finished:</translation>
    </message>
    <message>
        <source>An area shows a level only when the pupil answered enough questions in it to say more than the overall level; &quot;not enough answers&quot; is not a low level. Answers to check: they look random or came faster than the questions can be read; such a result earns no certificate.</source>
        <translation>An area shows a level only when the pupil answered enough questions in it to say more than the overall level; &quot;not enough answers&quot; is not a low level. Answers to check: they look random or came faster than the questions can be read; such a result earns no certificate.</translation>
    </message>
</context>
<context>
    <name>aicet::reports::ReportsText</name>
    <message>
        <source>cannot draw the PDF</source>
        <translation>cannot draw the PDF</translation>
    </message>
</context>
<context>
    <name>services::Credentials</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <source>cannot create a folder in %1</source>
        <translation>cannot create a folder in %1</translation>
    </message>
    <message>
        <source>the file with every page could not be written: %1</source>
        <translation>the file with every page could not be written: %1</translation>
    </message>
    <message>
        <source>only the teacher who created the sitting %1 or an administrator issues its documents</source>
        <translation>only the teacher who created the sitting %1 or an administrator issues its documents</translation>
    </message>
</context>
</TS>
