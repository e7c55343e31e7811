import type { Command } from './command.js';
import { createAdmin } from './create-admin.js';
import { demo } from './demo.js';
import { migrate } from './migrate.js';

export const commands: Command[] = [migrate, demo, createAdmin];
