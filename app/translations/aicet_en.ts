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
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>sitting setting %1 must be a number</source>
        <translation>sitting setting %1 must be a number</translation>
    </message>
    <message>
        <source>unknown selection rule &quot;%1&quot;</source>
        <translation>unknown selection rule &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the bundled bank %1 cannot be read</source>
        <translation>the bundled bank %1 cannot be read</translation>
    </message>
    <message>
        <source>Practice test</source>
        <translation>Practice test</translation>
    </message>
    <message>
        <source>practice sitting on the bundled bank %1</source>
        <translation>practice sitting on the bundled bank %1</translation>
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
        <source>The question bank of this test cannot be read (%1). Tell your teacher.</source>
        <translation>The question bank of this test cannot be read (%1). Tell your teacher.</translation>
    </message>
    <message>
        <source>The question bank of this test has changed since the test was created (bank %1: content hash %2, expected %3). Tell your teacher: the test must be created again.</source>
        <translation>The question bank of this test has changed since the test was created (bank %1: content hash %2, expected %3). Tell your teacher: the test must be created again.</translation>
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
        <source>The stored answers of this session do not fit its question bank (answer %1, item &quot;%2&quot;).</source>
        <translation>The stored answers of this session do not fit its question bank (answer %1, item &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>unknown event &quot;%1&quot;</translation>
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
        <source>this is not the current question (question %1 is &quot;%2&quot;)</source>
        <translation>this is not the current question (question %1 is &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Your answer could not be saved (%1). It was not recorded: try again, or call your teacher.</source>
        <translation>Your answer could not be saved (%1). It was not recorded: try again, or call your teacher.</translation>
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
        <source>There are %1 questions.</source>
        <translation>There are %1 questions.</translation>
    </message>
    <message>
        <source>There are about %1 to %2 questions: the test adapts to your answers, so it may stop earlier.</source>
        <translation>There are about %1 to %2 questions: the test adapts to your answers, so it may stop earlier.</translation>
    </message>
    <message>
        <source>You have %1 minutes. The time left is shown at the top; you are warned 5 minutes before the end.</source>
        <translation>You have %1 minutes. The time left is shown at the top; you are warned 5 minutes before the end.</translation>
    </message>
    <message>
        <source>Answer each question, then press &lt;b&gt;Confirm&lt;/b&gt; and &lt;b&gt;Yes, confirm&lt;/b&gt;. Once confirmed, an answer cannot be changed.</source>
        <translation>Answer each question, then press &lt;b&gt;Confirm&lt;/b&gt; and &lt;b&gt;Yes, confirm&lt;/b&gt;. Once confirmed, an answer cannot be changed.</translation>
    </message>
    <message>
        <source>To answer with the keyboard: letters or numbers choose an option, Tab moves, the arrows and &lt;b&gt;Move up&lt;/b&gt; / &lt;b&gt;Move down&lt;/b&gt; (Alt+arrows) put elements in order, Enter confirms.</source>
        <translation>To answer with the keyboard: letters or numbers choose an option, Tab moves, the arrows and &lt;b&gt;Move up&lt;/b&gt; / &lt;b&gt;Move down&lt;/b&gt; (Alt+arrows) put elements in order, Enter confirms.</translation>
    </message>
    <message>
        <source>Ctrl + and Ctrl − change the text size. The buttons at the top give high contrast, an easier-to-read font and reading aloud.</source>
        <translation>Ctrl + and Ctrl − change the text size. The buttons at the top give high contrast, an easier-to-read font and reading aloud.</translation>
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
        <source>This test is already open in another AICET window on this computer.</source>
        <translation>This test is already open in another AICET window on this computer.</translation>
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
        <source>&lt;p&gt;Your answers have been saved. Your teacher will share your results with you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Your answers have been saved. Your teacher will share your results with you.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Thank you, the test is over!</source>
        <translation>Thank you, the test is over!</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your level: %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Your level: %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Score %1 (between %2 and %3), from %4 questions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Score %1 (between %2 and %3), from %4 questions.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;By area&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;By area&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>not enough questions yet to say</source>
        <translation>not enough questions yet to say</translation>
    </message>
    <message>
        <source>&lt;h3&gt;To learn more: the questions you missed&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;To learn more: the questions you missed&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Well done, the test is over!</source>
        <translation>Well done, the test is over!</translation>
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
        <source>Please type the test code and your code.</source>
        <translation>Please type the test code and your code.</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Verify a certificate</translation>
    </message>
</context>
<context>
    <name>aicet::gui::VerifyDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Verify a certificate</translation>
    </message>
    <message>
        <source>Paste the text printed under the certificate&apos;s QR code, or open the certificate PDF.</source>
        <translation>Paste the text printed under the certificate&apos;s QR code, or open the certificate PDF.</translation>
    </message>
    <message>
        <source>Certificate text</source>
        <translation>Certificate text</translation>
    </message>
    <message>
        <source>this computer&apos;s issuer key</source>
        <translation>this computer&apos;s issuer key</translation>
    </message>
    <message>
        <source>Public key of the issuer</source>
        <translation>Public key of the issuer</translation>
    </message>
    <message>
        <source>Issuer&apos;s public key (PEM):</source>
        <translation>Issuer&apos;s public key (PEM):</translation>
    </message>
    <message>
        <source>Open a PDF…</source>
        <translation>Open a PDF…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not authentic.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Not authentic.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>cannot read the public key %1</source>
        <translation>cannot read the public key %1</translation>
    </message>
    <message>
        <source>this computer has no issuer key: give the issuer&apos;s public key file</source>
        <translation>this computer has no issuer key: give the issuer&apos;s public key file</translation>
    </message>
    <message>
        <source>&lt;b&gt;Authentic %1.&lt;/b&gt;&lt;br&gt;Name: %2&lt;br&gt;Level: %3 — score %4&lt;br&gt;Date: %5&lt;br&gt;Number: %6&lt;br&gt;Bank: %7 (%8)</source>
        <translation>&lt;b&gt;Authentic %1.&lt;/b&gt;&lt;br&gt;Name: %2&lt;br&gt;Level: %3 — score %4&lt;br&gt;Date: %5&lt;br&gt;Number: %6&lt;br&gt;Bank: %7 (%8)</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificate</translation>
    </message>
    <message>
        <source>participation attestation</source>
        <translation>participation attestation</translation>
    </message>
</context>
</TS>
