import 'reflect-metadata';
import { loadNotifierConfig } from './notifier.config.js';
import { startNotifier } from './bootstrap.js';

await startNotifier(loadNotifierConfig(process.env));
