import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Two shared CPU cores: give async UI more time than the 1 s default.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

// recharts' ResponsiveContainer watches its size; jsdom has no ResizeObserver.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in window)) {
  Object.assign(window, { ResizeObserver: ResizeObserverStub });
}
