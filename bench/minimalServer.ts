/**
 * Memory baseline for the bench: the smallest useful vscode-languageserver
 * server — a TextDocuments store and `listen`, no features. The bench opens
 * the same documents in it and in Reseal and compares resident memory.
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
documents.listen(connection);
connection.listen();
