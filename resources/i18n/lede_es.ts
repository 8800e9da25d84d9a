<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>LanguageMenu</name>
    <message>
        <source>L&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface will be in %1 after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface will follow the system&apos;s language after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
