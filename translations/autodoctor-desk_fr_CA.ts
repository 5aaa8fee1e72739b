<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>adesk::Translator</name>
    <message>
        <source>French</source>
        <comment>language name</comment>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <comment>language name</comment>
        <translation>anglais</translation>
    </message>
</context>
</TS>
